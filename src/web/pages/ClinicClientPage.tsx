import { useState, type ReactNode } from 'react';
import { ClientPrescription } from '../clinic/ClientPrescription.js';
import { ClientSessions } from '../clinic/ClientSessions.js';
import {
  useClientCheckIns,
  useClinic,
  useClientDoses,
  useClientNotes,
  useClientRisk,
  useWriteClientNote,
} from '../clinic/clinic-queries.js';
import { formatTime } from '../clinic/format.js';
import { FormError } from '../components/FormError.js';
import { RiskFlags } from '../components/RiskFlags.js';
import { TextAreaField } from '../components/TextAreaField.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import { ClientPlanning } from '../clinic/ClientPlanning.js';

/**
 * One client, as far as they share: the same warnings the person sees, their doses and
 * check-ins, the clinic's treatment sessions and take-home prescription, and its open
 * notes. Clinicians never write to the log: a session's dose reaches it as a treatment.
 */
export function ClinicClientPage({ clientId }: { clientId: string }) {
  const risk = useClientRisk(clientId);
  const doses = useClientDoses(clientId);
  const checkIns = useClientCheckIns(clientId);
  const clinic = useClinic();
  return (
    <section className="clinic-client">
      <p>
        <Link href="/clinic">{t('clinic.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('clinic.title')}</h1>
      <Part title={t('clinic.warnings')} query={risk}>
        {risk.data && (
          <RiskFlags flags={risk.data.flags} today={risk.data.summary.today} userId={clientId} />
        )}
      </Part>
      <Part title={t('clinic.doses')} query={doses}>
        {doses.data && (
          <ul data-testid="client-doses">
            {doses.data.doses.length === 0 && <li>{t('clinic.noEntries')}</li>}
            {doses.data.doses.map((dose) => (
              <li key={dose.id}>
                {formatTime(dose.takenAt)} · {dose.mg} mg · {dose.route}
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part title={t('clinic.checkIns')} query={checkIns}>
        {checkIns.data && (
          <ul>
            {checkIns.data.checkIns.length === 0 && <li>{t('clinic.noEntries')}</li>}
            {checkIns.data.checkIns.slice(0, 30).map((checkIn) => (
              <li key={checkIn.date}>
                {checkIn.date}
                {checkIn.craving !== null && ` · craving ${checkIn.craving}/10`}
                {checkIn.mood !== null && ` · mood ${checkIn.mood}/10`}
              </li>
            ))}
          </ul>
        )}
      </Part>
      {clinic.data && <ClientSessions clientId={clientId} gate={clinic.data.bloodPressureGate} />}
      <ClientPrescription clientId={clientId} />
      <ClientPlanning clientId={clientId} />
      <Notes clientId={clientId} />
    </section>
  );
}

function Part({
  title,
  query,
  children,
}: {
  title: string;
  query: { notShared: boolean; error: unknown; isPending: boolean };
  children: ReactNode;
}) {
  return (
    <section>
      <h2>{title}</h2>
      {query.notShared ? (
        <p className="hint">{t('clinic.notSharedPart')}</p>
      ) : (
        <>
          {query.isPending && <p>{t('common.loading')}</p>}
          <FormError error={query.error} />
          {children}
        </>
      )}
    </section>
  );
}

function Notes({ clientId }: { clientId: string }) {
  const notes = useClientNotes(clientId);
  const write = useWriteClientNote(clientId);
  const [body, setBody] = useState('');
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('clinic.notes')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          write.mutate(body, { onSuccess: () => setBody('') });
        }}
      >
        <TextAreaField
          label={t('clinic.noteLabel')}
          hint={t('clinic.noteHint')}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <FormError error={write.error} />
        <button type="submit" disabled={write.isPending}>
          {t('clinic.saveNote')}
        </button>
      </form>
      <FormError error={notes.error} />
      <ul className="notes">
        {notes.data?.notes.map((note) => (
          <li key={note.id}>
            <p className="hint">
              {formatTime(note.createdAt)} · {note.author}
            </p>
            <p>{note.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
