import { demoMailboxDataDir } from '@/lib/mailbox/mailbox-access';
import { readMailboxMessage } from '@/lib/mailbox/mailbox';

export const dynamic = 'force-dynamic';

/** Downloads one attachment of a demo mailbox email; always as a download, never rendered. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  const dataDir = demoMailboxDataDir(request.headers);
  const { id, index } = await params;
  const message = dataDir ? await readMailboxMessage(dataDir, id) : undefined;
  const attachment = /^[0-9]{1,3}$/.test(index) ? message?.attachments[Number(index)] : undefined;
  if (!attachment) return new Response('Not found', { status: 404 });
  const filename = attachment.filename.replace(/[^A-Za-z0-9._-]/g, '_') || 'attachment';
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      // octet-stream and attachment: an HTML or SVG attachment must never run on this origin.
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
