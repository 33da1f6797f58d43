import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ClientProvider } from '../api/client-context.js';
import { httpClient } from '../api/http-client.js';
import { Layout } from '../components/Layout.js';
import { t } from '../i18n/t.js';
import { usePath } from '../router.js';
import {
  isDeviceLocked,
  lockDevice,
  onDeviceLockChange,
  readDeviceLock,
  touchDeviceLock,
  turnOffDeviceLock,
  unlockDevice,
} from './device-lock.js';
import { LockScreen, lockedClient, openWhileLocked, useActivity } from './lock-screen.js';

const idleCheckMs = 5_000;

/**
 * Account mode behind the device lock, when it is on: while locked, only the unlock screen
 * and the pages anyone may read (Get help), with no one signed in as far as the page knows.
 */
export function DeviceLockGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const path = usePath();
  const [lock, setLock] = useState(readDeviceLock);
  const [locked, setLocked] = useState(() => isDeviceLocked(lock));
  const shownLocked = useRef(locked);
  const refresh = useCallback(() => {
    const next = readDeviceLock();
    const nextLocked = isDeviceLocked(next);
    // Answers read while unlocked (the person's) or locked (no one signed in) are dropped
    // whenever that changes, before the next screen renders.
    if (nextLocked !== shownLocked.current) queryClient.clear();
    shownLocked.current = nextLocked;
    setLock(next);
    setLocked(nextLocked);
  }, [queryClient]);

  useEffect(() => {
    const unsubscribe = onDeviceLockChange(refresh);
    const timer = setInterval(() => {
      if (isDeviceLocked(readDeviceLock())) lockDevice();
      refresh();
    }, idleCheckMs);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [refresh]);
  useActivity(lock !== null && !locked, touchDeviceLock);

  if (!locked) return <ClientProvider client={httpClient}>{children}</ClientProvider>;
  return (
    <ClientProvider client={lockedClient}>
      {openWhileLocked(path) ? (
        children
      ) : (
        <Layout>
          <LockScreen
            title={t('lock.title')}
            intro={t('lock.intro')}
            label={t('lock.pin')}
            unlock={async (pin) => {
              if ((await unlockDevice(pin)) === 'unlocked') return;
              // The tries are used up: this device is signed out, and the lock goes with it.
              await httpClient.signOut();
              turnOffDeviceLock();
              window.location.assign('/sign-in');
            }}
          />
        </Layout>
      )}
    </ClientProvider>
  );
}
