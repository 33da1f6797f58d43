import { useState } from 'react';
import type { BloodPressureGate } from '../../domain/treatment/session-rules.js';
import type { TreatmentSession } from '../../domain/treatment/treatment-api.js';
import { useClient } from '../api/client-context.js';
import { FileDownloadButton } from '../components/FileDownload.js';
import { FormError } from '../components/FormError.js';
import { t } from '../i18n/t.js';
import { useClientSessions, useMarkRemsSent } from './clinic-queries.js';
import { formatDay, formatTime } from './format.js';
import { SessionForm } from './SessionForm.js';
import { bloodPressureWords } from './session-words.js';

/** What the form is doing: closed, recording a new session, or changing one. */
type Editing = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; session: TreatmentSession };

/** The clinic's sessions with a client, newest first, and the form to record or change one. */
export function ClientSessions({ clientId, gate }: { clientId: string; gate: BloodPressureGate }) {
  const sessions = useClientSessions(clientId);
  const markSent = useMarkRemsSent(clientId);
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [saved, setSaved] = useState(false);
  const list = sessions.data?.sessions ?? [];
  const close = () => setEditing({ kind: 'closed' });
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('clinic.sessions.title')}</h2>
      <p className="hint">{t('clinic.sessions.inLog')}</p>
      {sessions.isPending && <p>{t('common.loading')}</p>}
      <FormError error={sessions.error ?? markSent.error} />
      {saved && editing.kind === 'closed' && <p role="status">{t('clinic.session.saved')}</p>}
      {editing.kind === 'closed' ? (
        <p>
          <button
            type="button"
            className="primary"
            disabled={!sessions.isSuccess}
            onClick={() => {
              setSaved(false);
              setEditing({ kind: 'new' });
            }}
          >
            {t('clinic.sessions.record')}
          </button>
        </p>
      ) : (
        <SessionForm
          key={editing.kind === 'edit' ? editing.session.id : 'new'}
          clientId={clientId}
          gate={gate}
          session={editing.kind === 'edit' ? editing.session : null}
          previous={list[0]}
          onDone={() => {
            setSaved(true);
            close();
          }}
          onCancel={close}
        />
      )}
      {sessions.isSuccess && list.length === 0 && <p>{t('clinic.sessions.none')}</p>}
      <ul className="sessions" data-testid="sessions">
        {list.map((session) => (
          <SessionRow
            key={session.id}
            session={session}
            gate={gate}
            onEdit={() => {
              setSaved(false);
              setEditing({ kind: 'edit', session });
            }}
            onMarkSent={() => markSent.mutate(session.id)}
            busy={markSent.isPending}
          />
        ))}
      </ul>
    </section>
  );
}

function SessionRow({
  session,
  gate,
  onEdit,
  onMarkSent,
  busy,
}: {
  session: TreatmentSession;
  gate: BloodPressureGate;
  onEdit: () => void;
  onMarkSent: () => void;
  busy: boolean;
}) {
  const client = useClient();
  const { record } = session;
  const dose =
    record.devices === undefined
      ? t('clinic.sessions.dose', { mg: record.doseMg })
      : t('clinic.sessions.devices', { mg: record.doseMg, devices: record.devices });
  return (
    <li className="session-row" data-testid="session-row">
      <p>
        <strong>{formatTime(record.startedAt)}</strong> · {t(`clinic.product.${record.product}`)} ·{' '}
        {dose} ·{' '}
        {t(record.status === 'completed' ? 'clinic.sessions.completed' : 'clinic.sessions.draft')}
      </p>
      <p className={`hint gate-${session.bloodPressureGate.level}`}>
        {bloodPressureWords(record.vitals.preDose, session.bloodPressureGate.level, gate)}
      </p>
      {session.reminders.length > 0 && <p className="hint">{t('clinic.session.rule.serious')}</p>}
      {session.remsDueDate && (
        <p className={session.remsOverdue ? 'hint overdue' : 'hint'}>
          {session.remsSubmittedAt
            ? t('clinic.sessions.remsSent', { date: formatDay(session.remsSubmittedAt) })
            : t(session.remsOverdue ? 'clinic.sessions.remsOverdue' : 'clinic.sessions.remsDue', {
                date: session.remsDueDate,
              })}
        </p>
      )}
      <p className="actions">
        <button type="button" onClick={onEdit}>
          {t('clinic.sessions.edit')}
        </button>
        {session.remsDueDate && !session.remsSubmittedAt && (
          <button type="button" onClick={onMarkSent} disabled={busy}>
            {t('clinic.sessions.markSent')}
          </button>
        )}
        <FileDownloadButton
          label={t('clinic.sessions.pdf')}
          fetchFile={() => client.clientSessionReport(session.id)}
        />
      </p>
    </li>
  );
}
