import { t } from '../i18n/t.js';
import { Link } from '../router.js';

/**
 * Shown the moment someone reports thoughts of self-harm, before anything else on the
 * screen: kind words and the way to crisis lines one tap away.
 */
export function CrisisNotice({ message }: { message?: string | undefined }) {
  return (
    <div className="emergency crisis" role="alert" data-testid="crisis-notice">
      <p className="crisis-title">{t('log.crisis.title')}</p>
      <p>{message ?? t('log.crisis.body')}</p>
      <Link href="/help" className="call-link">
        {t('log.crisis.cta')}
      </Link>
    </div>
  );
}
