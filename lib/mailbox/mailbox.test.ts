/** The embedded SMTP server and the mailbox reader, over real SMTP on loopback. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedSmtpServer } from './embedded-smtp-server';
import { deleteMailboxCopiesOf, isMailboxMessageId, listMailbox, mailboxDirectory, readMailboxMessage } from './mailbox';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailbox-'));
  const server = await startEmbeddedSmtpServer({ port: 0, mailboxDir: mailboxDirectory(dataDir) });
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: server.port, secure: false });
  cleanups.push(async () => {
    transport.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  return { dataDir, server, transport };
}

describe('the embedded SMTP server and the demo mailbox', () => {
  it('saves each message as an owner-only .eml file and lists it newest first', async () => {
    const { dataDir, transport } = await setup();
    await transport.sendMail({ from: 'a@x.example', to: 'b@y.example', subject: 'First', text: 'one' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await transport.sendMail({
      from: 'a@x.example',
      to: 'b@y.example',
      subject: 'Second',
      text: 'two',
      html: '<p>two</p>',
      attachments: [{ filename: 'r.json', content: '{"a":1}', contentType: 'application/json' }],
    });
    const files = fs.readdirSync(mailboxDirectory(dataDir));
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(file).toMatch(/\.eml$/);
      expect(fs.statSync(path.join(mailboxDirectory(dataDir), file)).mode & 0o777).toBe(0o600);
    }
    const list = await listMailbox(dataDir);
    expect(list.map((m) => m.subject)).toEqual(['Second', 'First']);
    expect(list[0]).toMatchObject({ to: 'b@y.example', attachmentCount: 1, encrypted: false });

    const message = await readMailboxMessage(dataDir, list[0]!.id);
    expect(message!.text?.trim()).toBe('two');
    expect(message!.html).toContain('<p>two</p>');
    expect(message!.attachments[0]).toMatchObject({ filename: 'r.json', contentType: 'application/json' });
    expect(message!.headers.some((h) => h.name === 'subject' && h.value === 'Second')).toBe(true);
  });

  it('never reads outside the mailbox', async () => {
    const { dataDir } = await setup();
    fs.writeFileSync(path.join(dataDir, 'secret.eml'), 'Subject: secret\r\n\r\nsecret');
    for (const id of ['../secret', '..%2Fsecret', '/etc/passwd', '1234567890123-zzzzzzzzzzzz', '']) {
      expect(isMailboxMessageId(id)).toBe(false);
      expect(await readMailboxMessage(dataDir, id)).toBeUndefined();
    }
    expect(await listMailbox(path.join(dataDir, 'nowhere'))).toEqual([]);
  });

  it('listens on loopback only, and refuses a port in use', async () => {
    const { server, dataDir } = await setup();
    await expect(
      startEmbeddedSmtpServer({ port: server.port, mailboxDir: mailboxDirectory(dataDir) }),
    ).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('retention of the demo mailbox (L8)', () => {
  it('deletes the copies about a purged referral, and nothing else', async () => {
    const { dataDir, transport } = await setup();
    await transport.sendMail({ from: 'a@x.example', to: 'b@y.example', subject: 'Referral KQ7M-X4PD', text: 'gone' });
    await transport.sendMail({ messageId: '<referral-kq7m-x4pd@x.example>', from: 'a@x.example', to: 'b@y.example', subject: 'Encrypted', text: 'gone' });
    await transport.sendMail({ from: 'a@x.example', to: 'b@y.example', subject: 'Referral AB3C-D4EF', text: 'kept' });
    const dir = mailboxDirectory(dataDir);
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'KQ7M-X4PD: not a message');
    expect(await deleteMailboxCopiesOf(dir, ['KQ7M-X4PD'])).toBe(2);
    expect(fs.readdirSync(dir)).toContain('notes.txt');
    expect((await listMailbox(dataDir)).map((message) => message.subject)).toEqual(['Referral AB3C-D4EF']);
  });
});
