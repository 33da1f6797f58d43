import { useEffect, useState, type ReactNode } from 'react';
import type { SealedSnapshot } from '../../domain/clinic/sealed-share-api.js';
import { readSealedShareCode } from '../../domain/clinic/sealed-snapshot.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { RiskFlags } from '../components/RiskFlags.js';
import { t, type MessageKey } from '../i18n/t.js';
import { goalLabels, routeLabels } from '../log/vocabulary-labels.js';
import { Link, navigate } from '../router.js';
import { formatDay, formatTime } from './format.js';
import { useOpenedSnapshot } from './snapshot-queries.js';

/** In the clinic area: a link or code from someone in private mode opens their snapshot. */
export function OpenSnapshot() {
  const [text, setText] = useState('');
  const [wrong, setWrong] = useState(false);
  return (
    <section aria-labelledby="open-snapshot-title">
      <h2 id="open-snapshot-title">{t('snapshot.openTitle')}</h2>
      <p className="hint">{t('snapshot.openIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const code = readSealedShareCode(text);
          setWrong(code === null);
          if (code) navigate(`/clinic/snapshot/${code.id}#${code.key}`);
        }}
      >
        <Field
          label={t('snapshot.codeField')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          error={wrong ? t('snapshot.codeNotRecognised') : undefined}
        />
        <button type="submit">{t('snapshot.open')}</button>
      </form>
    </section>
  );
}

const keyFromFragment = () => decodeURIComponent(window.location.hash.slice(1));

/**
 * A snapshot shared from private mode, opened in this browser with the key from the link:
 * read only, dated, and never updated.
 */
export function SnapshotPage({ id }: { id: string }) {
  const [key, setKey] = useState(keyFromFragment);
  const [typed, setTyped] = useState('');
  const opened = useOpenedSnapshot(id, key);
  // Once read, the key leaves the address bar (and the history a shared screen might show).
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);
  return (
    <section className="clinic-client">
      <p>
        <Link href="/clinic">{t('clinic.back')}</Link>
      </p>
      {opened.data ? (
        <SnapshotView id={id} snapshot={opened.data.snapshot} expiresAt={opened.data.expiresAt} />
      ) : (
        <>
          <h1 tabIndex={-1}>{t('snapshot.viewTitle')}</h1>
          {opened.isFetching && <p>{t('common.loading')}</p>}
          <FormError error={opened.error} />
          {!opened.isFetching && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                setKey(typed.trim());
              }}
            >
              <Field
                label={t('snapshot.keyField')}
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                autoComplete="off"
              />
              <button type="submit">{t('snapshot.open')}</button>
            </form>
          )}
        </>
      )}
    </section>
  );
}

const orUnknown = (value: number | null) => (value === null ? t('snapshot.unknown') : value);

function SnapshotView({
  id,
  snapshot,
  expiresAt,
}: {
  id: string;
  snapshot: SealedSnapshot;
  expiresAt: string;
}) {
  const { person, scopes } = snapshot;
  const has = (scope: SealedSnapshot['scopes'][number]) => scopes.includes(scope);
  return (
    <>
      <h1 tabIndex={-1}>
        {person.displayName
          ? t('snapshot.viewTitleNamed', { name: person.displayName })
          : t('snapshot.viewTitle')}
      </h1>
      <p className="notice" role="note" data-testid="snapshot-date">
        <strong>{t('snapshot.asOf', { date: formatTime(snapshot.exportedAt) })}</strong>
      </p>
      <p className="hint">
        {t('snapshot.readOnly', {
          scopes: scopes.map((scope) => t(`sharing.scope.${scope}`)).join(' · '),
          timeZone: person.timeZone,
        })}
      </p>
      <Part title={t('snapshot.warningsAsOf')} shared={has('risk')}>
        {snapshot.risk && (
          <RiskFlags
            flags={snapshot.risk.flags}
            today={snapshot.risk.summary.today}
            userId={`snapshot:${id}`}
          />
        )}
      </Part>
      <Part title={t('clinic.doses')} shared={has('log')} empty={snapshot.doses.length === 0}>
        <ul data-testid="snapshot-doses">
          {snapshot.doses.map((dose) => (
            <li key={dose.id}>
              {t('snapshot.dose', {
                time: formatTime(dose.takenAt),
                mg: dose.mg,
                route: t(routeLabels[dose.route]),
              })}
              {dose.coUse.length > 0 &&
                ` · ${t('snapshot.withOthers', { names: dose.coUse.map((use) => use.substance).join(', ') })}`}
            </li>
          ))}
        </ul>
      </Part>
      <Part
        title={t('clinic.checkIns')}
        shared={has('check-ins')}
        empty={snapshot.checkIns.length === 0}
      >
        <ul data-testid="snapshot-check-ins">
          {snapshot.checkIns.map((checkIn) => (
            <li key={checkIn.date}>
              {t('snapshot.checkIn', {
                date: checkIn.date,
                craving: orUnknown(checkIn.craving),
                mood: orUnknown(checkIn.mood),
                sleep: orUnknown(checkIn.sleepHours),
                blood:
                  checkIn.bloodInUrine === null
                    ? t('snapshot.unknown')
                    : t(checkIn.bloodInUrine ? 'snapshot.yes' : 'snapshot.no'),
              })}
            </li>
          ))}
        </ul>
      </Part>
      <Part
        title={t('snapshot.selfChecks')}
        shared={has('self-checks')}
        empty={snapshot.questionnaireResponses.length === 0}
      >
        <ul>
          {snapshot.questionnaireResponses.map((response) => (
            <li key={response.id}>
              {t('snapshot.result', {
                time: formatTime(response.takenAt),
                questionnaire: response.questionnaireId.toUpperCase(),
                score: response.result.score,
                max: response.result.maxScore,
                band: t(
                  `questionnaire.${response.questionnaireId}.band.${response.result.bandId}.label` as MessageKey,
                ),
              })}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('snapshot.plan')} shared={has('plan')} empty={!snapshot.recoveryPlan}>
        {snapshot.recoveryPlan && (
          <p>
            {t('snapshot.planLine', {
              goal: t(goalLabels[snapshot.recoveryPlan.goal]),
              date: formatDay(snapshot.recoveryPlan.startDate),
            })}
          </p>
        )}
        <ul>
          {snapshot.cravings.map((craving) => (
            <li key={craving.id}>
              {t('snapshot.craving', {
                time: formatTime(craving.at),
                intensity: craving.intensity,
              })}
            </li>
          ))}
        </ul>
      </Part>
      <p className="hint">{t('snapshot.expires', { date: formatDay(expiresAt) })}</p>
    </>
  );
}

function Part({
  title,
  shared,
  empty = false,
  children,
}: {
  title: string;
  shared: boolean;
  empty?: boolean;
  children: ReactNode;
}) {
  return (
    <section>
      <h2>{title}</h2>
      {!shared ? (
        <p className="hint">{t('snapshot.notIncluded')}</p>
      ) : empty ? (
        <p>{t('snapshot.nothing')}</p>
      ) : (
        children
      )}
    </section>
  );
}
