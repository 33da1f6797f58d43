import { qrModules, qrPath } from './qr-code.js';

/** The QR standard asks for 4 light modules around the code. */
const QUIET_ZONE = 4;

/**
 * `text` (a share code, a snapshot's link) as a QR code to scan from the screen; the text
 * stays beside it. Pages load it lazily: most visits make nothing to scan.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const modules = qrModules(text);
  const size = modules.length + 2 * QUIET_ZONE;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * 6}
      height={size * 6}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, QUIET_ZONE)} fill="#000" />
    </svg>
  );
}
