import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { DemoMailboxBanner } from '@/components/mailbox/demo-mailbox-banner';
import { MailboxList } from '@/components/mailbox/mailbox-list';
import { demoMailboxDataDir } from '@/lib/mailbox/mailbox-access';
import { listMailbox } from '@/lib/mailbox/mailbox';

export const metadata: Metadata = { title: 'Demo mailbox', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function MailboxPage() {
  const dataDir = demoMailboxDataDir(await headers());
  if (!dataDir) notFound();
  const messages = await listMailbox(dataDir);
  return (
    <>
      <DemoMailboxBanner />
      <h1>Demo mailbox</h1>
      <p className="lead">The emails the support service would receive from this site.</p>
      <MailboxList messages={messages} />
    </>
  );
}
