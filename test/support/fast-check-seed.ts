import fc from 'fast-check';

/**
 * Property tests draw the same cases on every run, so a run takes as long as the last one and a
 * failure repeats. Set KETALOG_FC_SEED to explore other cases (fast-check prints the seed on failure).
 */
fc.configureGlobal({ seed: Number(process.env.KETALOG_FC_SEED ?? 20_261_201) });
