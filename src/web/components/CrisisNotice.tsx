import { dialableNumber } from '../../domain/help/dial-links.js';
import { useAccount } from '../account.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import { HelpLineLinks, useHelpDirectory } from './HelpParts.js';

/**
 * Shown the moment someone reports thoughts of self-harm, before anything else on the
 * screen: kind words, then their country's crisis lines and emergency number, one tap each.
 */
export function CrisisNotice({ message }: { message?: string | undefined }) {
  const { data: account } = useAccount();
  const { data: help } = useHelpDirectory(undefined, account?.profile.country);
  const crisisLines = help?.directory.lines.filter((line) => line.purpose === 'crisis') ?? [];
  return (
    <div className="emergency crisis" role="alert" data-testid="crisis-notice">
      <p className="crisis-title">{t('log.crisis.title')}</p>
      <p>{message ?? t('log.crisis.body')}</p>
      {crisisLines.map((line) => (
        <HelpLineLinks key={line.id} line={line} />
      ))}
      {help && (
        <p>
          {t('log.crisis.emergency')}{' '}
          <a className="call-link" href={dialableNumber(help.directory.emergency.number)}>
            {t('page.help.call', { number: help.directory.emergency.number })}
          </a>
        </p>
      )}
      <Link href="/help">{t('log.crisis.cta')}</Link>
    </div>
  );
}
