import { lazy } from 'react';

/** The QR encoder loads only once there is something to scan: most visits make nothing. */
export const LazyQrCode = lazy(() =>
  import('./QrCode.js').then((module) => ({ default: module.QrCode })),
);
