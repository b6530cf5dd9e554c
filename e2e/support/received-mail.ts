import fs from 'node:fs';
import path from 'node:path';
import { e2eDataDir } from './e2e-data-dir';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * The messages the support service received: the demo's embedded SMTP server (the
 * `smtp-server` package on loopback) saves each one it accepts as an .eml file in the data
 * directory Playwright gives the server, and this reads them back with mailparser.
 */
const sharedMailbox = path.join(e2eDataDir, 'mailbox');

/** The mailbox of a server started with this data directory (see separate-server.ts). */
export function mailboxOf(dataDir: string): string {
  return path.join(dataDir, 'mailbox');
}

export function receivedCount(mailbox = sharedMailbox): number {
  return fs.existsSync(mailbox) ? fs.readdirSync(mailbox).filter((name) => name.endsWith('.eml')).length : 0;
}

/** Waits for the message whose subject carries this reference, and parses it. */
export async function receivedReferral(reference: string, timeoutMs = 20_000, mailbox = sharedMailbox): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(mailbox)) {
      for (const name of fs.readdirSync(mailbox).filter((file) => file.endsWith('.eml'))) {
        const mail = await simpleParser(fs.readFileSync(path.join(mailbox, name)));
        if (mail.subject?.includes(reference)) return mail;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No message for ${reference} arrived in ${mailbox}`);
}
