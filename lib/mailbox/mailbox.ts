/**
 * Reading the demo mailbox: the .eml files the embedded SMTP server saved, parsed with
 * mailparser the way a mail client would, for the mailbox page. Message ids are the file names
 * without `.eml` and are checked against a strict pattern, so a URL can never name a file
 * outside the mailbox.
 */
import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import type { Env } from '@/lib/env';

const MESSAGE_ID = /^[0-9]{13}-[0-9a-f]{12}$/;

export type MailboxSummary = {
  id: string;
  subject: string;
  from: string;
  to: string;
  receivedAt: Date;
  attachmentCount: number;
  encrypted: boolean;
};

export type MailboxMessage = MailboxSummary & {
  headers: { name: string; value: string }[];
  text: string | undefined;
  html: string | undefined;
  attachments: { filename: string; contentType: string; size: number; content: Buffer }[];
};

/** The mailbox directory inside a data directory. */
export function mailboxDirectory(dataDir: string): string {
  return path.join(dataDir, 'mailbox');
}

/**
 * The demo mailbox's directory when this configuration sends through the embedded SMTP server
 * (which keeps plain-text copies there); undefined with a real relay, which keeps none here.
 */
export function demoMailboxOf(env: Pick<Env, 'dataDir' | 'delivery'>): string | undefined {
  return env.delivery.smtp.kind === 'embedded' ? mailboxDirectory(env.dataDir) : undefined;
}

/**
 * Deletes the demo mailbox's copies of the emails about these referrals: they hold whole
 * referrals in plain text, and must go when the case does (purged or withdrawn). An email is
 * about a referral when its raw text names the reference anywhere (its subject and Message-ID
 * always do, encrypted or not). Returns how many were deleted.
 */
export async function deleteMailboxCopiesOf(dir: string, references: readonly string[]): Promise<number> {
  if (references.length === 0) return 0;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  const wanted = references.flatMap((reference) => [reference, reference.toLowerCase()]);
  let deleted = 0;
  for (const name of names) {
    if (!name.endsWith('.eml') || !MESSAGE_ID.test(name.replace(/\.eml$/, ''))) continue;
    const file = path.join(dir, name);
    const raw = await fs.readFile(file, 'latin1');
    if (wanted.some((reference) => raw.includes(reference))) {
      await fs.rm(file, { force: true });
      deleted += 1;
    }
  }
  return deleted;
}

/** True for an id the mailbox could have produced. */
export function isMailboxMessageId(id: string): boolean {
  return MESSAGE_ID.test(id);
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((entry) => entry.text).join(', ');
}

async function parse(dir: string, id: string): Promise<MailboxMessage | undefined> {
  let raw: Buffer;
  try {
    raw = await fs.readFile(path.join(dir, `${id}.eml`));
  } catch {
    return undefined;
  }
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const contentType = parsed.headers.get('content-type');
  const type = typeof contentType === 'object' && contentType && 'value' in contentType ? String(contentType.value) : '';
  return {
    id,
    subject: parsed.subject ?? '(no subject)',
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    receivedAt: new Date(Number(id.slice(0, 13))),
    attachmentCount: parsed.attachments.length,
    encrypted: type.toLowerCase() === 'multipart/encrypted',
    headers: parsed.headerLines.map((line) => ({ name: line.key, value: line.line.slice(line.key.length + 1).trim() })),
    text: parsed.text,
    html: typeof parsed.html === 'string' ? parsed.html : undefined,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? 'attachment',
      contentType: attachment.contentType,
      size: attachment.size,
      content: attachment.content,
    })),
  };
}

/** Every message in the mailbox, newest first. */
export async function listMailbox(dataDir: string): Promise<MailboxSummary[]> {
  const dir = mailboxDirectory(dataDir);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const ids = names
    .filter((name) => name.endsWith('.eml'))
    .map((name) => name.slice(0, -4))
    .filter(isMailboxMessageId)
    .sort()
    .reverse();
  const messages = await Promise.all(ids.map((id) => parse(dir, id)));
  return messages
    .filter((message): message is MailboxMessage => message !== undefined)
    .map(({ id, subject, from, to, receivedAt, attachmentCount, encrypted }) => ({
      id,
      subject,
      from,
      to,
      receivedAt,
      attachmentCount,
      encrypted,
    }));
}

/** One message, or undefined if the id is malformed or no such message exists. */
export async function readMailboxMessage(dataDir: string, id: string): Promise<MailboxMessage | undefined> {
  if (!isMailboxMessageId(id)) return undefined;
  return parse(mailboxDirectory(dataDir), id);
}
