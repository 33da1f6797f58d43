import type { z } from 'zod';
import { findSubstanceClass } from '../../domain/interactions/resolve-substance.js';
import type { ZPreparationCheckSchema } from '../../domain/treatment/treatment-schedule-api.js';
import type { TreatmentProduct } from '../../domain/treatment/treatment-api.js';
import type { MessageKey } from '../i18n/t.js';
import { t } from '../i18n/t.js';
import { formatWhen } from '../log/zoned-time.js';

type Check = z.output<typeof ZPreparationCheckSchema>;

/** A substance class's name as the combination data gives it. */
export const substanceClassName = (id: string) => findSubstanceClass(id)?.name ?? id;

export const productLabels: Record<TreatmentProduct, MessageKey> = {
  'esketamine-nasal': 'myTreatment.product.esketamine-nasal',
  'ketamine-iv': 'myTreatment.product.ketamine-iv',
  'ketamine-im': 'myTreatment.product.ketamine-im',
  'ketamine-oral': 'myTreatment.product.ketamine-oral',
  'ketamine-troche': 'myTreatment.product.ketamine-troche',
  other: 'myTreatment.product.other',
};

/**
 * The check of a person's log against their clinic's preparation rules: the rules, then
 * what was found (or that nothing was), with the source. Shown to the person, and to the
 * clinic when the person shares their log.
 */
export function PreparationCheck({ check, timeZone }: { check: Check; timeZone: string }) {
  const from = formatWhen(check.checksFrom, timeZone);
  return (
    <div className={`preparation ${check.status}`} data-testid="preparation-check">
      <p>{t('myTreatment.prep.rules')}</p>
      <ul>
        {check.rules.map((rule) => (
          <li key={rule.substanceClass}>
            {t('myTreatment.prep.rule', {
              substance: substanceClassName(rule.substanceClass),
              hours: rule.hours,
            })}
          </li>
        ))}
      </ul>
      {check.status === 'found' ? (
        <div role="status" className="notice warning">
          <p>{t('myTreatment.prep.found')}</p>
          <ul>
            {check.findings.map((finding) => (
              <li key={`${finding.takenAt} ${finding.substance}`}>
                {t('myTreatment.prep.finding', {
                  substance: finding.substance,
                  class: substanceClassName(finding.substanceClass),
                  when: formatWhen(finding.takenAt, timeZone),
                  hours: finding.hours,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          {check.status === 'clear'
            ? t('myTreatment.prep.clear', { from })
            : t('myTreatment.prep.upcoming', { from })}
        </p>
      )}
      {check.unrecognised.length > 0 && (
        <p>{t('myTreatment.prep.unrecognised', { names: check.unrecognised.join(', ') })}</p>
      )}
      <p className="hint">{t('myTreatment.prep.source', { source: check.source })}</p>
    </div>
  );
}
