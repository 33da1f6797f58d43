import { useState } from 'react';
import type { CaseloadEntry } from '../../domain/clinic/clinic-api.js';
import {
  useAddClient,
  useCaseload,
  useClinic,
  useJoinClinic,
  useRemsDue,
} from '../clinic/clinic-queries.js';
import { formatDay } from '../clinic/format.js';
import { FollowUpReasons } from '../clinic/FollowUpReasons.js';
import { PreparationRulesForm } from '../clinic/PreparationRulesForm.js';
import { OpenSnapshot } from '../clinic/SnapshotPage.js';
import { Field } from '../components/Field.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import { CaseloadTreatmentHints } from '../clinic/ClientPlanning.js';

/** A clinician's area: join with the clinic's code, then the caseload, most in need first. */
export function ClinicPage() {
  const clinic = useClinic();
  const caseload = useCaseload(clinic.isSuccess);
  if (clinic.notMember) return <JoinClinic />;
  return (
    <section className="clinic">
      <h1 tabIndex={-1}>{clinic.data?.clinic.name ?? t('clinic.title')}</h1>
      {clinic.isPending && <p>{t('common.loading')}</p>}
      <FormError error={clinic.notMember ? null : (clinic.error ?? caseload.error)} />
      {clinic.data && (
        <p className="hint">
          {t('clinic.members', {
            names: clinic.data.members.map((member) => member.name).join(', '),
          })}
        </p>
      )}
      {clinic.isSuccess && (
        <p>
          <Link href="/clinic/outcomes" className="button">
            {t('clinic.outcomes.open')}
          </Link>
        </p>
      )}
      {clinic.isSuccess && <RemsDue />}
      {clinic.isSuccess && <PreparationRulesForm />}
      {clinic.isSuccess && <AddClient />}
      {clinic.isSuccess && <OpenSnapshot />}
      {caseload.data && (
        <section aria-labelledby="caseload-title">
          <h2 id="caseload-title">{t('clinic.caseload')}</h2>
          {caseload.data.clients.length === 0 && <p>{t('clinic.noClients')}</p>}
          <ul className="caseload">
            {caseload.data.clients.map((client) => (
              <CaseloadRow
                key={client.id}
                client={client}
                disengagedAfterDays={caseload.data.disengagedAfterDays}
              />
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

function CaseloadRow({
  client,
  disengagedAfterDays,
}: {
  client: CaseloadEntry;
  disengagedAfterDays: number;
}) {
  const priority =
    client.priority === 'disengaged'
      ? t('clinic.priority.disengaged', { days: disengagedAfterDays })
      : t(`clinic.priority.${client.priority}`);
  return (
    <li className={`caseload-row priority-${client.priority}`} data-testid="caseload-row">
      <p>
        <Link href={`/clinic/clients/${client.id}`}>
          <strong>{client.name}</strong>
        </Link>{' '}
        · <span className="priority">{priority}</span>
      </p>
      {client.withdrawalFollowUp && <FollowUpReasons alerts={client.withdrawalFollowUp.alerts} />}
      {client.warningCodes && client.warningCodes.length > 0 && (
        <p className="hint">{client.warningCodes.join(', ')}</p>
      )}
      <p className="hint">
        {client.scopes.includes('check-ins')
          ? client.lastCheckInDate
            ? t('clinic.lastCheckIn', { date: client.lastCheckInDate })
            : t('clinic.neverCheckedIn')
          : null}
        {client.daysSinceLastUse !== null &&
          ` · ${t('clinic.daysSinceUse', { days: client.daysSinceLastUse })}`}
        {client.latestPhq9 &&
          ` · ${
            client.latestPhq9.change === null
              ? t('clinic.phq9', { score: client.latestPhq9.score })
              : t('clinic.phq9Change', {
                  score: client.latestPhq9.score,
                  change:
                    client.latestPhq9.change > 0
                      ? `+${client.latestPhq9.change}`
                      : client.latestPhq9.change,
                })
          }`}
      </p>
      <CaseloadTreatmentHints client={client} />
      <p className="hint">{t('clinic.grantEnds', { date: formatDay(client.grantEndsAt) })}</p>
    </li>
  );
}

/** The esketamine sessions whose REMS monitoring form is still to be sent, most overdue first. */
function RemsDue() {
  const due = useRemsDue();
  const sessions = due.data?.sessions ?? [];
  return (
    <section aria-labelledby="rems-title">
      <h2 id="rems-title">{t('clinic.rems.title')}</h2>
      <FormError error={due.error} />
      {due.isSuccess && sessions.length === 0 && <p>{t('clinic.rems.none')}</p>}
      <ul className="rems-due" data-testid="rems-due">
        {sessions.map((session) => (
          <li key={session.id} className={session.overdue ? 'overdue' : undefined}>
            <Link href={`/clinic/clients/${session.clientId}`}>
              {t(session.overdue ? 'clinic.rems.overdue' : 'clinic.rems.due', {
                client: session.client,
                session: session.sessionDate,
                date: session.dueDate,
              })}
            </Link>
          </li>
        ))}
      </ul>
      <p className="hint">{t('clinic.rems.source')}</p>
    </section>
  );
}

/** One code field and a button: used to join a clinic and to add a client. */
function CodeForm({
  label,
  button,
  submit,
}: {
  label: string;
  button: string;
  submit: {
    mutate: (code: string, options: { onSuccess: () => void }) => void;
    error: unknown;
    isPending: boolean;
  };
}) {
  const [code, setCode] = useState('');
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate(code, { onSuccess: () => setCode('') });
      }}
    >
      <Field
        label={label}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="off"
      />
      <FormError error={submit.error} />
      <button type="submit" className="primary" disabled={submit.isPending}>
        {button}
      </button>
    </form>
  );
}

function AddClient() {
  const add = useAddClient();
  return (
    <section aria-labelledby="add-client-title">
      <h2 id="add-client-title">{t('clinic.addClient')}</h2>
      <CodeForm label={t('clinic.clientCode')} button={t('clinic.addButton')} submit={add} />
    </section>
  );
}

function JoinClinic() {
  const join = useJoinClinic();
  return (
    <section className="clinic">
      <h1 tabIndex={-1}>{t('clinic.join')}</h1>
      <p>{t('clinic.joinIntro')}</p>
      <CodeForm label={t('clinic.joinCode')} button={t('clinic.joinButton')} submit={join} />
    </section>
  );
}
