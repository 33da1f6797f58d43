/**
 * Citation markers in an article body: `[ref:id]`, one id per marker, several markers may
 * sit side by side (`[ref:a][ref:b]`). The `ref:` prefix keeps them apart from Markdown
 * links and footnotes, so a renderer can turn each into a link to its reference.
 */
export type CitationMarker = {
  /** The reference id, or undefined when the marker is malformed (e.g. `[ref: Foo]`). */
  id: string | undefined;
  text: string;
  start: number;
  end: number;
};

// Anything that opens like a marker, up to the closing bracket or end of line.
const markerLikePattern = /\[ref:[^\]\n]*\]?/g;
const wellFormedPattern = /^\[ref:([a-z0-9][a-z0-9-]*)\]$/;

export function findCitationMarkers(body: string): CitationMarker[] {
  return [...body.matchAll(markerLikePattern)].map((match) => {
    const text = match[0];
    const start = match.index;
    return { id: wellFormedPattern.exec(text)?.[1], text, start, end: start + text.length };
  });
}
