import Fastify from 'fastify';

/**
 * The yardstick for bench/api-doses.ts: a bare Fastify route that parses the same JSON body
 * and answers 201, with nothing else (no auth, no validation, no database).
 */
const app = Fastify({ logger: false });
app.post('/api/doses', async (request, reply) => reply.status(201).send({ dose: request.body }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`listening at ${address}`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
