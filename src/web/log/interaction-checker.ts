import { useEffect, useState } from 'react';
import type * as interactions from '../../domain/interactions/index.js';

/** The combination checker with its data (substances and combinations: most of its weight). */
export type InteractionChecker = typeof interactions;

let checker: InteractionChecker | undefined;
let loading: Promise<InteractionChecker> | undefined;

function loadInteractionChecker(): Promise<InteractionChecker> {
  loading ??= import('../../domain/interactions/index.js').then(
    (loaded) => (checker = loaded),
    (error: unknown) => {
      loading = undefined; // a later form tries again
      throw error;
    },
  );
  return loading;
}

/**
 * The combination checker for a form that names co-used substances, or undefined while it
 * loads. It is kept out of the first load: the form asks for it as soon as the browser is
 * idle after showing the page, or at once when a substance is typed (`wanted`), and it is
 * precached like every chunk, so it works offline.
 */
export function useInteractionChecker(wanted: boolean): InteractionChecker | undefined {
  const [loaded, setLoaded] = useState(checker);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const load = () =>
      void loadInteractionChecker().then(
        (ready) => live && setLoaded(ready),
        () => undefined, // offline before the first precache: the form works without warnings
      );
    if (wanted || typeof requestIdleCallback !== 'function') {
      load();
      return () => void (live = false);
    }
    const idle = requestIdleCallback(load, { timeout: 2000 });
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [loaded, wanted]);
  return loaded;
}
