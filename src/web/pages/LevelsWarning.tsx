import { t } from '../i18n/t.js';
import { Link } from '../router.js';

/** A redose or a regimen framed as a warning: what it would probably do, and the way to help. */
export function LevelsWarning({
  headline,
  detail,
  someCouldReachAnaesthetic,
}: {
  headline: string;
  detail: string | null;
  someCouldReachAnaesthetic: boolean;
}) {
  return (
    <div className="levels-warning" role="status" data-testid="levels-warning">
      <p>
        <strong>{headline}</strong>
      </p>
      {detail && <p>{detail}</p>}
      {someCouldReachAnaesthetic && <p>{t('levels.warning.someCould')}</p>}
      <p>{t('levels.warning.mixing')}</p>
      <p className="actions">
        <Link href="/learn/redosing-and-binges">{t('levels.warning.learnMore')}</Link>
        <Link href="/help">{t('levels.warning.help')}</Link>
      </p>
    </div>
  );
}
