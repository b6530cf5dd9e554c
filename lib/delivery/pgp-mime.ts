/**
 * Encrypted mode: the whole message (text, HTML and attachments) becomes one OpenPGP message
 * to the support service's public key, sent as PGP/MIME (RFC 3156, `multipart/encrypted`) with
 * no plaintext part. Only what the relay must see stays outside: From, To, Date, Message-ID and
 * a subject that carries the reference only. The full subject, with the priority (which says
 * whether the abuser can see her phone, or threatens her), travels inside the encrypted part,
 * where clients that support protected headers show it.
 *
 * A key that is missing, unreadable, expired, revoked or without an encryption subkey is a
 * `PgpKeyError`: the outbox then sends nothing and keeps the job pending, never falling back to
 * plaintext.
 */
import 'server-only';
import fs from 'node:fs/promises';
import MailComposer from 'nodemailer/lib/mail-composer';
import MimeNode from 'nodemailer/lib/mime-node';
import * as openpgp from 'openpgp';
import type { OutgoingMessage } from '@/lib/delivery/mail-message';

/** The key cannot be used; `code` is safe to log and store. */
export class PgpKeyError extends Error {
  override name = 'PgpKeyError';
  constructor(readonly code: 'pgp-key-missing' | 'pgp-key-invalid' | 'pgp-key-unusable') {
    super(`The OpenPGP public key cannot be used (${code})`);
  }
}

/**
 * Reads and checks the public key. Read on every send, not once at start: an operator replacing
 * an expired key should not need a restart, and an expiry mid-run must stop sending.
 */
export async function loadPublicKey(file: string, now: Date = new Date()): Promise<openpgp.PublicKey> {
  let armoredKey: string;
  try {
    armoredKey = await fs.readFile(file, 'utf8');
  } catch {
    throw new PgpKeyError('pgp-key-missing');
  }
  let key: openpgp.PublicKey;
  try {
    key = await openpgp.readKey({ armoredKey });
  } catch {
    throw new PgpKeyError('pgp-key-invalid');
  }
  if (key.isPrivate()) throw new PgpKeyError('pgp-key-invalid');
  try {
    // Throws when the key is expired, revoked or has no valid encryption subkey at `now`.
    await key.getEncryptionKey(undefined, now);
  } catch {
    throw new PgpKeyError('pgp-key-unusable');
  }
  return key;
}

/** The subject outside the encryption: the reference and nothing that says anything about her. */
export function outerSubject(reference: string): string {
  return `Referral ${reference}`;
}

/** Builds the raw PGP/MIME message for the outgoing message of the referral `reference`. */
export async function encryptToPgpMime(
  message: OutgoingMessage,
  reference: string,
  key: openpgp.PublicKey,
  now: Date = new Date(),
): Promise<Buffer> {
  // The cleartext entity: exactly the message a plaintext send would carry, minus routing
  // headers, with its real subject protected inside.
  const inner = await new MailComposer({
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments,
    disableFileAccess: true,
    disableUrlAccess: true,
  })
    .compile()
    .build();

  let armored: string;
  try {
    armored = await openpgp.encrypt({
      message: await openpgp.createMessage({ binary: inner }),
      encryptionKeys: key,
      format: 'armored',
      date: now,
    });
  } catch {
    throw new PgpKeyError('pgp-key-unusable');
  }

  const root = new MimeNode('multipart/encrypted; protocol="application/pgp-encrypted"');
  root.setHeader({
    From: message.from,
    To: message.to,
    Subject: outerSubject(reference),
    'Message-ID': message.messageId,
    Date: now.toUTCString(),
  });
  root
    .createChild('application/pgp-encrypted')
    .setHeader('Content-Description', 'PGP/MIME version identification')
    .setContent('Version: 1\r\n');
  root
    .createChild('application/octet-stream; name="encrypted.asc"')
    .setHeader({
      'Content-Description': 'OpenPGP encrypted message',
      'Content-Disposition': 'inline; filename="encrypted.asc"',
      'Content-Transfer-Encoding': '7bit',
    })
    .setContent(armored);
  return root.build();
}
