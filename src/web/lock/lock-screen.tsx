import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { httpClient } from '../api/http-client.js';
import type { KetalogClient } from '../api/ketalog-client.js';
import { Field } from '../components/Field.js';
import { fieldError, FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';

/**
 * What private mode's lock and the account-mode device lock share: the unlock screen, the
 * pages left open while locked, the client used then, and the use that keeps a lock away.
 */

/** Pages that hold nothing personal stay open while locked (Get help above all). */
export const openWhileLocked = (path: string) =>
  path === '/help' || path === '/learn' || path.startsWith('/learn/');

/** While locked: no one is signed in; what anyone may read still comes from the server. */
export const lockedClient: KetalogClient = {
  ...httpClient,
  currentAccount: () => Promise.resolve(null),
};

const touchEveryMs = 20_000;

/** Calls `onUse` (at most every 20 s) while the person uses the page, if `active`. */
export function useActivity(active: boolean, onUse: () => void) {
  useEffect(() => {
    if (!active) return;
    let lastTouch = 0;
    const touch = () => {
      if (Date.now() - lastTouch < touchEveryMs) return;
      lastTouch = Date.now();
      onUse();
    };
    const events = ['pointerdown', 'keydown', 'scroll'] as const;
    for (const name of events) window.addEventListener(name, touch, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, touch);
    };
  }, [active, onUse]);
}

/** The passphrase (or PIN) field of a lock's forms. */
export function PassphraseField({
  error,
  isNew,
  name = 'passphrase',
  label,
  hint,
}: {
  error: unknown;
  isNew: boolean;
  name?: string;
  label?: string;
  hint?: string;
}) {
  return (
    <Field
      label={label ?? t('private.passphrase')}
      name={name}
      type="password"
      autoComplete={isNew ? 'new-password' : 'current-password'}
      required
      hint={hint ?? (isNew ? t('private.passphraseHint') : undefined)}
      error={fieldError(error, name)}
    />
  );
}

/** A lock's unlock screen: one secret, its error (a wrong one, or the wait), and a way out. */
export function LockScreen({
  title,
  intro,
  label = t('private.passphrase'),
  unlock,
  children,
}: {
  title: string;
  intro: string;
  label?: string;
  unlock: (secret: string) => Promise<unknown>;
  children?: ReactNode;
}) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const secret = String(new FormData(event.currentTarget).get('passphrase') ?? '');
    setBusy(true);
    setError(null);
    unlock(secret)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{intro}</p>
      <form onSubmit={onSubmit} noValidate>
        <PassphraseField error={error} isNew={false} label={label} />
        <FormError error={error} fields={{ passphrase: label }} />
        <button type="submit" className="primary" disabled={busy}>
          {t('private.unlock')}
        </button>
        {busy && <p role="status">{t('private.unlocking')}</p>}
      </form>
      {children}
    </section>
  );
}
