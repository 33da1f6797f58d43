import { Suspense, useState } from 'react';
import { FollowedByClinic } from '../clinic/FollowedByClinic.js';
import { SHARE_DAYS, SHARE_SCOPES, type ShareScope } from '../../domain/clinic/clinic-api.js';
import {
  useAccessLog,
  useCreateShareCode,
  useGrants,
  useNotesAboutMe,
  useRevokeGrant,
} from '../clinic/clinic-queries.js';
import { FormError } from '../components/FormError.js';
import { LazyQrCode } from '../components/lazy-qr-code.js';
import { ShareChoices } from '../components/ShareChoices.js';
import { t } from '../i18n/t.js';
import { Link } from '../router.js';
import { formatDay, formatTime } from '../clinic/format.js';

/** The person's control over sharing: make a code, see and end each sharing, see who looked. */
export function SharingPage() {
  return (
    <section className="sharing">
      <h1 tabIndex={-1}>{t('sharing.title')}</h1>
      <p>{t('sharing.intro')}</p>
      <FollowedByClinic signedIn />
      <NewShareCode />
      <Grants />
      <AccessLog />
      <NotesAboutMe />
      <p className="hint">{t('sharing.otherRoles')}</p>
      <p className="actions">
        <Link href="/supporting" className="button">
          {t('sharing.openSupporting')}
        </Link>
        <Link href="/clinic" className="button">
          {t('sharing.openClinic')}
        </Link>
      </p>
    </section>
  );
}

function NewShareCode() {
  const create = useCreateShareCode();
  const [scopes, setScopes] = useState<ShareScope[]>(['log', 'check-ins', 'risk']);
  const [days, setDays] = useState<(typeof SHARE_DAYS)[number]>(90);
  return (
    <section aria-labelledby="new-code-title">
      <h2 id="new-code-title">{t('sharing.newCode')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate({ scopes, days });
        }}
      >
        <ShareChoices
          scopeChoices={SHARE_SCOPES}
          scopes={scopes}
          onScopesChange={setScopes}
          dayChoices={SHARE_DAYS}
          days={days}
          onDaysChange={setDays}
          scopesLegend={t('sharing.whatToShare')}
          daysLegend={t('sharing.howLong')}
        />
        <FormError error={create.error} />
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('sharing.make')}
        </button>
      </form>
      {create.data && (
        <div className="share-code" role="status">
          <p>{t('sharing.yourCode')}</p>
          <p className="code" data-testid="share-code">
            {create.data.code}
          </p>
          <Suspense fallback={null}>
            <LazyQrCode
              text={create.data.code}
              label={t('sharing.qrLabel', { code: create.data.code })}
            />
          </Suspense>
          <p className="hint">
            {t('sharing.codeHint', { date: formatDay(create.data.expiresAt) })}
          </p>
        </div>
      )}
    </section>
  );
}

function Grants() {
  const grants = useGrants();
  const revoke = useRevokeGrant();
  const list = grants.data?.grants ?? [];
  return (
    <section aria-labelledby="grants-title">
      <h2 id="grants-title">{t('sharing.grants')}</h2>
      <FormError error={grants.error ?? revoke.error} />
      {grants.isSuccess && list.length === 0 && <p>{t('sharing.noGrants')}</p>}
      <ul className="grant-list">
        {list.map((grant) => (
          <li key={grant.id} data-testid="grant">
            <p>
              <strong>
                {grant.recipient.kind === 'clinic'
                  ? grant.recipient.name
                  : `${t('sharing.supporter')}: ${grant.recipient.name}`}
              </strong>
            </p>
            <p className="hint">
              {grant.scopes.map((scope) => t(`sharing.scope.${scope}`)).join(' · ')}
            </p>
            <p className="hint">
              {grant.active
                ? t('sharing.until', { date: formatDay(grant.endsAt) })
                : t('sharing.ended')}
            </p>
            {grant.active && (
              <button
                type="button"
                onClick={() => revoke.mutate(grant.id)}
                disabled={revoke.isPending}
              >
                {t('sharing.stop')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function AccessLog() {
  const log = useAccessLog();
  const entries = log.data?.entries ?? [];
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{t('sharing.accessLog')}</h2>
      <FormError error={log.error} />
      {log.isSuccess && entries.length === 0 && <p>{t('sharing.noAccess')}</p>}
      <ul className="access-log">
        {entries.slice(0, 100).map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            {formatTime(entry.at)} · {entry.who}
            {entry.clinic ? ` (${entry.clinic})` : ''} · {entry.what}
          </li>
        ))}
      </ul>
    </section>
  );
}

function NotesAboutMe() {
  const notes = useNotesAboutMe();
  const list = notes.data?.notes ?? [];
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('sharing.notes')}</h2>
      <ul className="notes">
        {list.map((note) => (
          <li key={note.id}>
            <p className="hint">
              {formatTime(note.createdAt)} · {note.author} ({note.clinic})
            </p>
            <p>{note.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
