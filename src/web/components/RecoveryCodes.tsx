import { useState } from 'react';
import { t } from '../i18n/t.js';

/** Recovery codes as shown the one time they exist in the clear. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard?.writeText(codes.join('\n')).then(() => setCopied(true));
  return (
    <div className="recovery-codes">
      <p>{t('recovery.codesIntro')}</p>
      <ol className="code-list" aria-label={t('recovery.codesTitle')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p className="actions">
        <button type="button" onClick={copy}>
          {t('recovery.copy')}
        </button>
        {copied && <span role="status">{t('recovery.copied')}</span>}
      </p>
    </div>
  );
}
