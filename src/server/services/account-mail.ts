import { sendMail } from '../auth/mailer.js';
import type { ServiceContext } from './context.js';

/** Changes to how an account signs in, each told to its owner by email (ASVS V2.2.3, V2.5.5). */
const notices = {
  'password-changed': {
    subject: 'Your Ketalog password was changed',
    text: 'The password of your Ketalog account was just changed, and every other device was signed out.',
  },
  'password-reset': {
    subject: 'Your Ketalog password was reset',
    text: 'The password of your Ketalog account was just reset, and every device was signed out.',
  },
  'recovery-codes': {
    subject: 'New Ketalog recovery codes were made',
    text: 'New recovery codes were just made for your Ketalog account; the old ones no longer work.',
  },
} as const;

export type AccountNotice = keyof typeof notices;

const ifNotYou =
  'If this was not you, reset your password now with a recovery code, and sign out every device in Settings.';

/**
 * Sends an email in the background when mail is set up. The answer to the request never
 * waits for the mail server, so timing tells nothing; a failure is logged without the address.
 */
export function sendAccountMail(
  ctx: ServiceContext,
  to: string,
  message: { subject: string; text: string },
): void {
  if (!ctx.config.mail) return;
  sendMail(ctx.config.mail, { to, ...message }).catch((error: unknown) => {
    ctx.log.error({ smtpError: (error as { code?: string } | null)?.code }, 'mail not sent');
  });
}

export function sendAccountNotice(ctx: ServiceContext, to: string, notice: AccountNotice): void {
  const { subject, text } = notices[notice];
  sendAccountMail(ctx, to, { subject, text: `${text}\n\n${ifNotYou}` });
}
