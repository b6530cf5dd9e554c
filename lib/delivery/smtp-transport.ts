/**
 * The SMTP connection, configured by one URL. TLS is required to anything but a loopback
 * address: referrals describe abuse and name people, and a relay reached in clear text exposes
 * them to everyone on the path. The URL cannot weaken that (no query options are accepted).
 *
 *   smtps://user:pass@relay.example:465   TLS from the first byte
 *   smtp://user:pass@relay.example:587    STARTTLS, required (the send fails without it)
 *   smtp://127.0.0.1:2525                 loopback only: no TLS needed
 */
import 'server-only';
import net from 'node:net';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';

/** Raised for an SMTP URL the service refuses to use. Never includes the URL (it may hold a password). */
export class SmtpConfigError extends Error {
  override name = 'SmtpConfigError';
}

/** True for 127.0.0.0/8, ::1 and `localhost`: traffic that never leaves the machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost') return true;
  if (net.isIPv4(bare)) return bare.startsWith('127.');
  if (net.isIPv6(bare)) return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
  return false;
}

/** Turns an SMTP URL into nodemailer options, enforcing the TLS rule. */
export function smtpOptionsFromUrl(smtpUrl: string): SMTPTransport.Options {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new SmtpConfigError('SMTP_URL is not a URL');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new SmtpConfigError('SMTP_URL must start with smtps:// or smtp://');
  }
  if (!url.hostname) throw new SmtpConfigError('SMTP_URL has no host');
  if (url.search || url.hash || (url.pathname && url.pathname !== '/')) {
    throw new SmtpConfigError('SMTP_URL must not carry options or a path: TLS settings are fixed');
  }
  const loopback = isLoopbackHost(url.hostname);
  const implicitTls = url.protocol === 'smtps:';
  const auth = url.username
    ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
    : undefined;
  return {
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : implicitTls ? 465 : loopback ? 25 : 587,
    secure: implicitTls,
    // Off loopback, a relay that does not offer STARTTLS gets nothing: the send fails instead.
    requireTLS: !implicitTls && !loopback,
    tls: { rejectUnauthorized: true, minVersion: 'TLSv1.2', servername: url.hostname },
    auth,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    // No logging: nodemailer's logger would print addresses and message content.
    logger: false,
    debug: false,
  };
}

/** What the outbox needs from a transport: send one message, get an id back or an error. */
export type MailTransport = {
  send(message: SendMailOptions): Promise<{ messageId: string }>;
  close(): void;
};

/** A nodemailer SMTP transport for the URL (validated by `smtpOptionsFromUrl`). */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpOptionsFromUrl(smtpUrl));
  return {
    async send(message) {
      const info = await transporter.sendMail(message);
      return { messageId: info.messageId };
    },
    close() {
      transporter.close();
    },
  };
}
