import { t } from '../i18n/t.js';
import { qrModules, qrPath } from './share-code-qr.js';

/** The QR standard asks for 4 light modules around the code. */
const QUIET_ZONE = 4;

/** The share code as a QR code to scan from the screen; the text stays beside it. */
export function ShareCodeQr({ code }: { code: string }) {
  const modules = qrModules(code);
  const size = modules.length + 2 * QUIET_ZONE;
  return (
    <svg
      className="share-code-qr"
      role="img"
      aria-label={t('sharing.qrLabel', { code })}
      viewBox={`0 0 ${size} ${size}`}
      width={size * 6}
      height={size * 6}
      shapeRendering="crispEdges"
      data-testid="share-code-qr"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(modules, QUIET_ZONE)} fill="#000" />
    </svg>
  );
}
