import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { DemoMailboxBanner } from '@/components/mailbox/demo-mailbox-banner';
import { MailboxMessageView } from '@/components/mailbox/mailbox-message-view';
import { demoMailboxDataDir } from '@/lib/mailbox/mailbox-access';
import { readMailboxMessage } from '@/lib/mailbox/mailbox';

export const metadata: Metadata = { title: 'Email – demo mailbox', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const dataDir = demoMailboxDataDir(await headers());
  if (!dataDir) notFound();
  const message = await readMailboxMessage(dataDir, (await params).id);
  if (!message) notFound();
  return (
    <>
      <DemoMailboxBanner />
      <h1>{message.subject}</h1>
      <MailboxMessageView message={message} />
    </>
  );
}
