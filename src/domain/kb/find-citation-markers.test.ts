import { describe, expect, it } from 'vitest';

import { findCitationMarkers } from './find-citation-markers.js';

describe('findCitationMarkers', () => {
  it('finds side-by-side markers with their positions', () => {
    const body = 'Claim [ref:nhs][ref:zanos-2018].';
    expect(findCitationMarkers(body)).toEqual([
      { id: 'nhs', text: '[ref:nhs]', start: 6, end: 15 },
      { id: 'zanos-2018', text: '[ref:zanos-2018]', start: 15, end: 31 },
    ]);
  });

  it('reports malformed markers without an id so they can be rejected', () => {
    expect(findCitationMarkers('a [ref: NHS] b [ref:ok c').map((marker) => marker.id)).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('ignores ordinary Markdown links and numbered brackets', () => {
    expect(findCitationMarkers('See [the checker](/combinations) and [1].')).toEqual([]);
  });
});
