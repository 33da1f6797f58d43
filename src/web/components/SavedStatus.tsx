import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The confirmation after a save. It takes focus when it appears: the form that was used is
 * often replaced by then, and focus would otherwise fall back to the page body, leaving
 * keyboard and screen-reader users lost. Give it a new `key` for each save.
 */
export function SavedStatus({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} role="status" tabIndex={-1} className={className}>
      {children}
    </p>
  );
}
