import { useEffect, useRef } from 'react';
import { dialableNumber } from '../../domain/help/dial-links.js';
import { HELP_NEEDS, linesForNeed, type HelpNeed } from '../../domain/help/lines-for-need.js';
import { useAccount } from '../account/account-queries.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import { useHelpDirectory } from '../help/help-queries.js';
import { HelpLineLinks } from './HelpParts.js';

/**
 * The person's country's lines for a need, one tap each, then the emergency number. Works
 * without the API (the bundled directory), so a crisis card never shows only a link.
 */
export function NeedLines({ need }: { need: HelpNeed }) {
  const { data: account } = useAccount();
  const help = useHelpDirectory(undefined, account?.profile.country);
  const lines = linesForNeed(help.directory, HELP_NEEDS[need]);
  const country = help.directory.countryName;
  return (
    <div className="need-lines" data-testid={`need-lines-${need}`}>
      {lines.length > 0 && (
        <p>{t(need === 'crisis' ? 'help.crisisNow' : 'help.urgentCare', { country })}</p>
      )}
      {lines.map((line) => (
        <HelpLineLinks key={line.id} line={line} />
      ))}
      <p>
        {t('log.crisis.emergency')}{' '}
        <a className="call-link" href={dialableNumber(help.directory.emergency.number)}>
          {t('page.help.call', { number: help.directory.emergency.number })}
        </a>
      </p>
    </div>
  );
}

/**
 * Shown the moment someone reports thoughts of self-harm, before anything else on the
 * screen: kind words, then their country's crisis lines and emergency number, one tap each.
 */
export function CrisisNotice({
  message,
  focusOnShow = false,
}: {
  message?: string | undefined;
  /** After submitting a self-check: the crisis box is what the screen shows first. */
  focusOnShow?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnShow) box.current?.focus();
  }, [focusOnShow]);
  return (
    <div
      ref={box}
      className="emergency crisis"
      role="alert"
      data-testid="crisis-notice"
      tabIndex={focusOnShow ? -1 : undefined}
    >
      <p className="crisis-title">{t('log.crisis.title')}</p>
      <p>{message ?? t('log.crisis.body')}</p>
      <NeedLines need="crisis" />
      <Link href="/help">{t('log.crisis.cta')}</Link>
    </div>
  );
}
