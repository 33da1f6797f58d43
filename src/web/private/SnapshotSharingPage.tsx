import { Suspense, useState } from 'react';
import type { z } from 'zod';
import {
  SEALED_SHARE_DAYS,
  SNAPSHOT_SCOPES,
  type SentSnapshotStatus,
  type SnapshotScope,
  type ZSentSealedShareSchema,
} from '../../domain/clinic/sealed-share-api.js';
import { sealedShareCode, sealedShareLink } from '../../domain/clinic/sealed-snapshot.js';
import {
  useCheckSnapshotsAgain,
  useSharedSnapshots,
  useShareSnapshot,
  useSnapshotStatus,
  useWithdrawSnapshot,
} from '../clinic/snapshot-queries.js';
import { formatDay } from '../clinic/format.js';
import { FormError } from '../components/FormError.js';
import { LazyQrCode } from '../components/lazy-qr-code.js';
import { ShareChoices } from '../components/ShareChoices.js';
import { t } from '../i18n/t.js';
import { SharingPage } from '../pages/SharingPage.js';
import { usePrivateMode } from './private-mode.js';

/** The Sharing page of this mode: share codes with an account, sealed snapshots in private mode. */
export function SharingForThisMode() {
  return usePrivateMode() ? <SnapshotSharingPage /> : <SharingPage />;
}

/**
 * Sharing from private mode: a snapshot of the chosen parts, sealed on the device; the
 * server keeps only ciphertext, and the key is in the link the person gives the clinic.
 */
function SnapshotSharingPage() {
  return (
    <section className="sharing">
      <h1 tabIndex={-1}>{t('snapshot.shareTitle')}</h1>
      <p>{t('snapshot.shareIntro')}</p>
      <p className="hint">{t('snapshot.howItWorks')}</p>
      <p className="hint">{t('snapshot.serverLearns')}</p>
      <NewSnapshot />
      <SharedSnapshots />
    </section>
  );
}

function NewSnapshot() {
  const share = useShareSnapshot();
  const [scopes, setScopes] = useState<SnapshotScope[]>(['log', 'check-ins', 'risk']);
  const [days, setDays] = useState<(typeof SEALED_SHARE_DAYS)[number]>(30);
  const shared = share.data;
  const link = shared && sealedShareLink(window.location.origin, shared.id, shared.key);
  return (
    <section aria-labelledby="new-snapshot-title">
      <h2 id="new-snapshot-title">{t('snapshot.seal')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          share.mutate({ scopes, days });
        }}
      >
        <ShareChoices
          scopeChoices={SNAPSHOT_SCOPES}
          scopes={scopes}
          onScopesChange={setScopes}
          dayChoices={SEALED_SHARE_DAYS}
          days={days}
          onDaysChange={setDays}
          scopesLegend={t('snapshot.whatToShare')}
          daysLegend={t('snapshot.howLong')}
        />
        <FormError error={share.error} />
        <button type="submit" className="primary" disabled={share.isPending}>
          {share.isPending ? t('snapshot.sealing') : t('snapshot.seal')}
        </button>
      </form>
      {shared && link && (
        <div className="share-code" role="status">
          <p>{t('snapshot.ready')}</p>
          <label>
            {t('snapshot.linkLabel')}
            <input readOnly value={link} data-testid="snapshot-link" onFocus={selectAll} />
          </label>
          <Suspense fallback={null}>
            <LazyQrCode text={link} label={t('snapshot.qrLabel')} />
          </Suspense>
          <p className="hint">{t('snapshot.qrHint')}</p>
          <p>{t('snapshot.codeLabel')}</p>
          <p className="code" data-testid="snapshot-code">
            {sealedShareCode(shared.id, shared.key)}
          </p>
          <p className="hint">{t('snapshot.keyNotKept')}</p>
          <p className="hint">{t('snapshot.until', { date: formatDay(shared.expiresAt) })}</p>
        </div>
      )}
    </section>
  );
}

const selectAll = (event: { currentTarget: HTMLInputElement }) => event.currentTarget.select();

function SharedSnapshots() {
  const shares = useSharedSnapshots();
  const withdraw = useWithdrawSnapshot();
  const checkAgain = useCheckSnapshotsAgain();
  const list = shares.data?.shares ?? [];
  return (
    <section aria-labelledby="shared-snapshots-title">
      <h2 id="shared-snapshots-title">{t('snapshot.sharedTitle')}</h2>
      <FormError error={shares.error ?? withdraw.error} />
      {shares.isSuccess && list.length === 0 && <p>{t('snapshot.noneShared')}</p>}
      {withdraw.isSuccess && <p role="status">{t('snapshot.withdrawn')}</p>}
      <ul className="grant-list">
        {list.map((share) => (
          <SharedSnapshot
            key={share.id}
            share={share}
            onWithdraw={() => withdraw.mutate(share.id)}
            withdrawing={withdraw.isPending}
          />
        ))}
      </ul>
      {list.length > 0 && (
        <>
          <button type="button" onClick={() => void checkAgain()}>
            {t('snapshot.checkAgain')}
          </button>
          <p className="hint">{t('snapshot.statusAsks')}</p>
          <p className="hint">{t('snapshot.alreadySeen')}</p>
        </>
      )}
    </section>
  );
}

/** Whether it is still on the server for a clinic to open decides what the button does. */
const onServer = (status: SentSnapshotStatus | undefined) =>
  status?.status !== 'expired' && status?.status !== 'removed';

function SharedSnapshot({
  share,
  onWithdraw,
  withdrawing,
}: {
  share: z.output<typeof ZSentSealedShareSchema>;
  onWithdraw: () => void;
  withdrawing: boolean;
}) {
  const status = useSnapshotStatus(share);
  return (
    <li data-testid="shared-snapshot">
      <p className="hint">{share.scopes.map((scope) => t(`sharing.scope.${scope}`)).join(' · ')}</p>
      <p data-testid="snapshot-status">
        {status.data
          ? statusText(status.data)
          : status.isError
            ? t('snapshot.statusUnknown')
            : t('snapshot.checking')}
      </p>
      {onServer(status.data) && (
        <p className="hint">{t('snapshot.until', { date: formatDay(share.expiresAt) })}</p>
      )}
      <button type="button" onClick={onWithdraw} disabled={withdrawing}>
        {onServer(status.data) ? t('snapshot.withdraw') : t('snapshot.removeFromList')}
      </button>
    </li>
  );
}

function statusText(status: SentSnapshotStatus): string {
  switch (status.status) {
    case 'opened':
      return t('snapshot.opened', { clinic: status.clinic.name, date: formatDay(status.openedAt) });
    case 'not-opened':
      return t('snapshot.notOpened');
    case 'expired':
      return t('snapshot.expired');
    case 'removed':
      return t('snapshot.removed');
  }
}
