import type {
  PrivateOperation,
  VaultOperation,
  WorkerEvent,
  WorkerMessage,
  WorkerRequest,
} from '../../domain/device/private-protocol.js';
import { errorStatusByCode } from '../../domain/errors.js';
import { ApiError } from '../api/client.js';

/**
 * The web app's line to private mode's worker. The worker (with PGlite, about 5 MB) is a
 * chunk of its own, fetched the first time private mode is opened. Failures arrive as the
 * same ApiError an HTTP answer gives, with the status the server would have used.
 */
export type PrivateConnection = {
  call<T>(op: PrivateOperation | VaultOperation, args?: unknown): Promise<T>;
  onEvent(listener: (event: WorkerEvent['event']) => void): () => void;
};

let connection: PrivateConnection | undefined;

export function privateConnection(): PrivateConnection {
  connection ??= connect();
  return connection;
}

function connect(): PrivateConnection {
  const worker = new Worker(new URL('../../device/private-worker.ts', import.meta.url), {
    type: 'module',
    name: 'ketalog-private',
  });
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: ApiError) => void }
  >();
  const listeners = new Set<(event: WorkerEvent['event']) => void>();
  worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    if ('event' in data) {
      for (const listener of listeners) listener(data.event);
      return;
    }
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.ok) waiting.resolve(data.result);
    else {
      const { code, message, details, specifics } = data.error;
      waiting.reject(new ApiError(errorStatusByCode[code], code, message, details, specifics));
    }
  };
  worker.onerror = () => {
    for (const waiting of pending.values()) {
      waiting.reject(
        new ApiError(503, 'unavailable', 'Private mode could not start in this browser.'),
      );
    }
    pending.clear();
  };
  return {
    call<T>(op: PrivateOperation | VaultOperation, args?: unknown) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, op, args } satisfies WorkerRequest);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
