import qrcode from 'qrcode-generator';

/**
 * The QR code of a share code as rows of modules (true: dark), at error-correction level M
 * and the smallest version that holds it. Share codes are capitals, digits and dashes, all in
 * QR's alphanumeric mode, which makes a small version 1 code; other text is refused (the
 * encoder throws) rather than encoded in a way a scanner might read differently.
 */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Alphanumeric');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => code.isDark(row, column)),
  );
}

/** One SVG path drawing every dark module as a unit square, offset by the quiet zone. */
export function qrPath(modules: boolean[][], quietZone: number): string {
  return modules
    .flatMap((row, y) =>
      row.flatMap((dark, x) => (dark ? [`M${x + quietZone} ${y + quietZone}h1v1h-1z`] : [])),
    )
    .join('');
}
