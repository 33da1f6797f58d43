import qrcode from 'qrcode-generator';

/** QR's alphanumeric mode: what a share code is made of (capitals, digits, dashes) and more. */
const alphanumeric = /^[0-9A-Z $%*+\-./:]*$/;
/** Printable ASCII: a link. The encoder's byte mode would silently garble anything else. */
const printableAscii = /^[\x20-\x7e]*$/;

/**
 * The QR code of `text` as rows of modules (true: dark), at error-correction level M and the
 * smallest version that holds it. A share code goes in alphanumeric mode (a small version 1
 * code); a link, in lower case, in byte mode. Other text is refused (thrown) rather than
 * encoded in a way a scanner might read differently.
 */
export function qrModules(text: string): boolean[][] {
  const mode = alphanumeric.test(text) ? 'Alphanumeric' : 'Byte';
  if (mode === 'Byte' && !printableAscii.test(text)) {
    throw new Error('A QR code here holds only printable ASCII');
  }
  const code = qrcode(0, 'M');
  code.addData(text, mode);
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
