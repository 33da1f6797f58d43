import { useState } from 'react';
import type { RiskFlag } from '../../domain/risk/types.js';

/**
 * Warnings a person marked as seen, kept on this device per person. A flag is seen while its
 * evidence is unchanged: a new event (a later date, or different figures in `why`) brings it
 * back. Urgent flags are never hidden.
 */
export type SeenFlags = Record<string, string>;

/** What must stay the same for a flag to stay seen. */
export function evidenceOf(flag: RiskFlag): string {
  return `${flag.lastEventDate ?? ''}|${flag.why}`;
}

export function isSeen(seen: SeenFlags, flag: RiskFlag): boolean {
  return flag.severity !== 'urgent' && seen[flag.code] === evidenceOf(flag);
}

/** Marks a flag as seen, and forgets flags that are no longer shown. */
export function markSeen(seen: SeenFlags, flag: RiskFlag, shown: readonly RiskFlag[]): SeenFlags {
  const codes = new Set(shown.map((entry) => entry.code));
  const kept = Object.fromEntries(Object.entries(seen).filter(([code]) => codes.has(code)));
  return { ...kept, [flag.code]: evidenceOf(flag) };
}

const storageKey = (userId: string) => `ketalog:seen-flags:${userId}`;

function load(userId: string): SeenFlags {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(userId)) ?? '{}');
    return stored && typeof stored === 'object' ? (stored as SeenFlags) : {};
  } catch {
    return {};
  }
}

/** The person's seen flags on this device, and a way to mark one. */
export function useSeenFlags(userId: string) {
  const [seen, setSeen] = useState<SeenFlags>(() => load(userId));
  const mark = (flag: RiskFlag, shown: readonly RiskFlag[]) => {
    const next = markSeen(seen, flag, shown);
    setSeen(next);
    try {
      localStorage.setItem(storageKey(userId), JSON.stringify(next));
    } catch {
      // Storage can be full or blocked (private browsing): seen then lasts for this visit.
    }
  };
  return { seen, mark };
}
