import type { FastifyReply } from 'fastify';

/** A PDF the browser saves as `fileName` rather than showing in the tab. */
export const sendPdf = (reply: FastifyReply, fileName: string, pdf: Buffer) =>
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(pdf);
