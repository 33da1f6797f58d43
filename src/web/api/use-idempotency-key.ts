import { useRef } from 'react';
import { newIdempotencyKey } from './client.js';

/**
 * One Idempotency-Key per distinct submission: pressing Save again with the same form after
 * a lost answer resends the same key, so the entry is stored once; a changed form, or one
 * saved already, gets a new key.
 */
export function useIdempotencyKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor: (body: unknown): string => {
      const text = JSON.stringify(body);
      if (last.current?.body !== text) last.current = { body: text, key: newIdempotencyKey() };
      return last.current.key;
    },
    forget: () => {
      last.current = null;
    },
  };
}
