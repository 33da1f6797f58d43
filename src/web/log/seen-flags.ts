import { useState } from 'react';
import type { RiskFlag } from '../../domain/risk/types.js';

/**
 * Warnings a person marked as seen, kept on this device per person. A flag is seen while its
 * evidence is unchanged: a new event (a later date, or different figures in its parameters) brings it
 * back. Urgent flags are never hidden. Only hashes are stored, so the device keeps no
 * readable health data (a shared phone shows nothing).
 */
export type SeenFlags = readonly string[];

/** FNV-1a, 32 bits: enough to tell one flag's evidence from another's, and not readable. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** What must stay the same for a flag to stay seen. */
function evidenceOf(flag: RiskFlag): string {
  return hashOf(`${flag.code}|${flag.lastEventDate ?? ''}|${JSON.stringify(flag.params)}`);
}

export function isSeen(seen: SeenFlags, flag: RiskFlag): boolean {
  return flag.severity !== 'urgent' && seen.includes(evidenceOf(flag));
}

/** Marks a flag as seen, and forgets flags that are no longer shown as they were. */
export function markSeen(seen: SeenFlags, flag: RiskFlag, shown: readonly RiskFlag[]): SeenFlags {
  const current = new Set(shown.map(evidenceOf));
  return [...seen.filter((entry) => current.has(entry)), evidenceOf(flag)];
}

const storageKey = (userId: string) => `ketalog:seen-flags:${userId}`;

function load(userId: string): SeenFlags {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(userId)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((entry) => typeof entry === 'string') : [];
  } catch {
    return [];
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
