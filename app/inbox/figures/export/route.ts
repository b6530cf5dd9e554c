/**
 * The figures as CSV, for managers only, exactly as the figures page shows them for the period
 * chosen there (small numbers suppressed; the period's name is in the file's). Each download is written to the audit log. Never cached: it is a snapshot.
 */
import { requireStaff } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { loadFigures } from '@/lib/runtime/case-lifecycle';
import { figuresCsv } from '@/lib/retention/figures';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const { member } = await requireStaff('manager');
  const runtime = await inboxRuntime();
  const now = runtime.now();
  const { figures, period } = await loadFigures(runtime, now, new URL(request.url).searchParams.get('period') ?? undefined);
  const csv = figuresCsv(figures);
  await runtime.staff.appendAudit({ at: now, actor: member.email, action: 'figures-exported', reference: null, detail: null });
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="figures-${period.id}-${new Date(now).toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
