import nodemailer, { type Transporter } from 'nodemailer';

const transports = new Map<string, Transporter>();

/** Sends one plain-text email through the configured SMTP server. */
export async function sendMail(
  mail: { smtpUrl: string; from: string },
  message: { to: string; subject: string; text: string },
): Promise<void> {
  let transport = transports.get(mail.smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(mail.smtpUrl);
    transports.set(mail.smtpUrl, transport);
  }
  await transport.sendMail({ from: mail.from, ...message });
}
