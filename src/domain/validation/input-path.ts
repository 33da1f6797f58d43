/**
 * Where in an input a problem is, written as in code and relative to that input:
 * ['doses', 2, 'mg'] → 'doses[2].mg'. Numbers are list positions.
 */
export function inputPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const name = String(segment);
    return path === '' ? name : `${path}.${name}`;
  }, '');
}
