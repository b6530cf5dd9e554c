/**
 * The inbox-at-scale scenario's data: a store filled in this process through the service's own
 * code, as a helpline's months of work would have filled it. Every referral is accepted by
 * `acceptReferralWith` (answers parsed by the referral schema, as the form's server action does;
 * payload encrypted and priority stored as in service), its delivery job claimed and marked sent
 * through the outbox repository so nothing is mailed, and its casework done through the case
 * repository, each step followed by the audit row its server action writes. Staff are made by
 * the staff CLI's own code: the demo account (a manager) and five caseworkers.
 *
 * The mix (the December 2026 scale measurement's): nations England 80%, Scotland 9%, Wales 6%,
 * Northern Ireland 3%, elsewhere 2%; 3% in danger now, 37% with no threat, demand or other abuse,
 * the rest high; descriptions of 1 to 8 sentences; arrivals evenly over the last 90 days. Open at
 * every size: the newest 255 and 45 older ones idle for 35 to 85 days. Every other case is closed
 * within the last 90 days (outcomes supported 45%, referred on 25%, could not contact 18%,
 * declined 9%, withdrawn 3%; the two 30-day outcomes only in the last 26 days), so nothing is due
 * for deletion when the server starts. Repeatable: one seeded generator.
 *
 * Speed: every event is applied in time order, in batches of one transaction each (a nested
 * transaction joins its batch), over a port opened the way the store opens its own, since the
 * store does not hand its port out. The key and the migrations come from `openStorage`.
 */
import { randomUUID } from 'node:crypto';
import { DAY_MS, type CaseOutcome, type CaseStatus } from '@/lib/cases/case-state';
import { acceptReferralWith } from '@/lib/delivery/accept';
import type { Env } from '@/lib/env';
import { QUEUE_PAGE_SIZE } from '@/lib/inbox/queue';
import type { Log } from '@/lib/log';
import type { Nation } from '@/lib/nations';
import type { Answers } from '@/lib/referral/definition';
import { referralSchema } from '@/lib/referral/schema';
import { encryptNote } from '@/lib/runtime/case-view';
import { openStorage } from '@/lib/runtime/open-storage';
import { runStaffCli } from '@/lib/runtime/staff-cli';
import type { StaffMember } from '@/lib/staff/repository';
import { createStaffAuth } from '@/lib/staff/staff-auth';
import { openPostgres } from '@/lib/storage/postgres-database';
import { verifyAuditSinceCheckpoint } from '@/lib/staff/audit-check';
import { postgresPort, sqlitePort, type SqlPort } from '@/lib/storage/sql-port';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { databaseFile, repositories } from '@/lib/storage/store';
import { completeAnswers } from '@/testing/test-answers';
import type { SeedFigures } from './scale-judgement';

const HOUR_MS = 60 * 60 * 1000;
const WINDOW_MS = 90 * DAY_MS;
export const NEWEST_OPEN = 255;
export const IDLE_OPEN = 45;
/** Events per transaction: big enough that commits stop mattering, small enough to show progress. */
const BATCH = 3_000;
const CASEWORKERS = 5;

/** A small, fast, seeded generator (mulberry32), so two runs seed the same store. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The entry of `table` a draw in [0, 1) falls on, by its weights. */
function pick<T>(random: () => number, table: readonly (readonly [T, number])[]): T {
  let draw = random() * table.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of table) if ((draw -= weight) < 0) return value;
  return table[table.length - 1]![0];
}

const NATIONS: readonly (readonly [Nation, number])[] = [['england', 80], ['scotland', 9], ['wales', 6], ['northern-ireland', 3], ['elsewhere', 2]];
const OUTCOMES: readonly (readonly [CaseOutcome, number])[] = [['supported', 45], ['referred-on', 25], ['could-not-contact', 18], ['declined', 9], ['withdrawn', 3]];
const LONG_OUTCOMES = OUTCOMES.filter(([outcome]) => outcome !== 'declined' && outcome !== 'withdrawn');
const SENTENCES = [
  'My ex posted a photo of me on a site I had never heard of.',
  'He says he will send more to my family unless I pay him.',
  'A friend told me she had seen it in a group chat.',
  'I reported the account but it is still there.',
  'I do not know who else has seen it.',
  'I am scared to go to work in case people there have seen it.',
  'He keeps making new accounts when one is taken down.',
  'I have screenshots of the messages and the posts.',
];

/** One referral's answers, parsed by the referral schema exactly as the form's server action does. */
export function seedAnswers(random: () => number): Answers {
  const nation = pick(random, NATIONS);
  const kind = pick(random, [['urgent', 3], ['standard', 37], ['high', 60]] as const);
  const start = Math.floor(random() * SENTENCES.length);
  const description = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, n) => SENTENCES[(start + n) % SENTENCES.length]).join(' ');
  const answers = completeAnswers({
    nation,
    // Mostly where they live: online, where she saw it is usually where she is.
    whereItHappened: nation,
    description,
    ...(kind === 'urgent' ? { inDanger: 'yes' } : {}),
    ...(kind === 'standard' ? { whatHappened: ['shared'], demands: ['no'], otherAbuse: ['none'] } : {}),
  });
  return referralSchema().parse(answers) as Answers;
}

type Actor = 'manager' | number;
type SeedEvent = { at: number; index: number } & (
  | { kind: 'accept' }
  | { kind: 'deliver' }
  | { kind: 'assign'; to: number }
  | { kind: 'status'; by: Actor; status: CaseStatus; outcome?: CaseOutcome }
  | { kind: 'note'; by: Actor }
  | { kind: 'view'; by: Actor }
);

/** Which referrals stay open: the newest 255, and 45 older ones spread over those 35 to 85 days old. */
export function openIndexes(size: number, receivedAt: (index: number) => number, now: number): Set<number> {
  const open = new Set<number>();
  for (let index = Math.max(0, size - NEWEST_OPEN); index < size; index += 1) open.add(index);
  const older = Array.from({ length: Math.max(0, size - NEWEST_OPEN) }, (_, index) => index);
  const aged = older.filter((index) => now - receivedAt(index) >= 35 * DAY_MS && now - receivedAt(index) <= 85 * DAY_MS);
  const candidates = aged.length >= IDLE_OPEN ? aged : older;
  const count = Math.min(IDLE_OPEN, candidates.length);
  for (let n = 0; n < count; n += 1) open.add(candidates[Math.floor(((n + 0.5) * candidates.length) / count)]!);
  return open;
}

/** Every event of the seed, in time order. */
export function seedPlan(size: number, now: number, random: () => number): SeedEvent[] {
  const spacing = WINDOW_MS / size;
  const receivedAt = (index: number) => Math.round(now - WINDOW_MS + (index + 0.5) * spacing);
  const open = openIndexes(size, receivedAt, now);
  const events: SeedEvent[] = [];
  const worker = () => Math.floor(random() * CASEWORKERS);
  for (let index = 0; index < size; index += 1) {
    const at = receivedAt(index);
    events.push({ at, index, kind: 'accept' }, { at: at + 2_000, index, kind: 'deliver' });
    const by = worker();
    if (open.has(index)) {
      if (index >= size - NEWEST_OPEN) {
        // The newest: most still new; some picked up within the hour.
        if (index % 4 === 0) events.push({ at: at + HOUR_MS / 4, index, kind: 'assign', to: by }, { at: at + HOUR_MS / 3, index, kind: 'view', by });
        if (index % 20 === 0) events.push({ at: at + HOUR_MS / 2, index, kind: 'status', by, status: 'contacting' });
      } else {
        // Idle: touched once, soon after it arrived, and not since.
        const status = (['contacting', 'in-progress', 'waiting', 'new'] as const)[index % 4]!;
        events.push({ at: at + HOUR_MS, index, kind: 'assign', to: by }, { at: at + HOUR_MS + 60_000, index, kind: 'view', by });
        if (status !== 'new') events.push({ at: at + 2 * HOUR_MS, index, kind: 'status', by, status });
      }
      continue;
    }
    // Closed after 2 to 14 days, or sooner for the most recent, always before now.
    const life = Math.min((2 + random() * 12) * DAY_MS, (now - at) * 0.9);
    const closedAt = at + life;
    let outcome = pick(random, OUTCOMES);
    if ((outcome === 'declined' || outcome === 'withdrawn') && closedAt < now - 26 * DAY_MS) outcome = pick(random, LONG_OUTCOMES);
    events.push(
      { at: at + life * 0.05, index, kind: 'assign', to: by },
      { at: at + life * 0.06, index, kind: 'view', by },
      { at: at + life * 0.2, index, kind: 'status', by, status: 'contacting' },
    );
    if (outcome !== 'could-not-contact' && outcome !== 'declined') events.push({ at: at + life * 0.5, index, kind: 'status', by, status: 'in-progress' });
    if (random() < 0.35) events.push({ at: at + life * 0.6, index, kind: 'note', by });
    events.push({ at: closedAt, index, kind: 'status', by, status: 'closed', outcome }, { at: closedAt + 60_000, index, kind: 'view', by });
  }
  // Whole milliseconds, as the service's clock gives them. Stable: one referral's events keep
  // their order when two fall on the same millisecond.
  return events.map((event, order) => ({ event: { ...event, at: Math.round(event.at) }, order })).sort((a, b) => a.event.at - b.event.at || a.order - b.order).map(({ event }) => event);
}

const silent: Log = { info() {}, warn() {}, error() {}, fatal() {} };

async function openBatchPort(env: Env): Promise<SqlPort> {
  if (env.storage.kind === 'sqlite') return sqlitePort(openDatabase(databaseFile(env.dataDir)));
  const db = openPostgres(env.storage.url);
  await db.ready;
  return postgresPort(db);
}

export type SeedResult = SeedFigures & { inProgressReference: string; closedPages: number; auditPages: number };

/**
 * Fills the store `env` names (fresh: a new DATA_DIR, or an empty PostgreSQL database) with
 * `size` referrals; `progress` hears how far it is.
 */
export async function seedStore(env: Env, size: number, now: number, progress: (line: string) => void): Promise<SeedResult> {
  const started = performance.now();
  const random = seededRandom(size);
  // The key and the migrated schema, as every process of the service opens them.
  const storage = await openStorage(env);
  const { dataKey } = storage;
  await storage.close();
  const staffAt = now - WINDOW_MS - DAY_MS;
  const print = () => undefined;
  if ((await runStaffCli(['demo-account'], env, print, () => staffAt)) !== 0) throw new Error('The staff CLI could not make the demo account');
  for (let n = 1; n <= CASEWORKERS; n += 1) {
    if ((await runStaffCli(['add', `caseworker-${n}@support.example`, '--role', 'caseworker'], env, print, () => staffAt)) !== 0) throw new Error('The staff CLI could not add a caseworker');
  }

  const port = await openBatchPort(env);
  try {
    const members = await repositories(port).staff.list();
    const manager = members.find((member) => member.role === 'manager')!;
    const workers = members.filter((member) => member.role === 'caseworker');
    const actor = (by: Actor): StaffMember => (by === 'manager' ? manager : workers[by]!);
    const plan = seedPlan(size, now, random);
    const references: string[] = [];
    let clock = 0;
    let notes = 0;
    const statuses = new Map<number, CaseStatus>();
    for (let from = 0; from < plan.length; from += BATCH) {
      await port.transaction(async (tx) => {
        const { delivery, cases, staff } = repositories(tx);
        const auth = createStaffAuth({
          staff,
          dataKey,
          throttle: { waitFor: async () => 0, async recordFailure() {}, async recordSuccess() {} },
          policy: { idleMs: HOUR_MS, absoluteMs: HOUR_MS },
          now: () => clock,
        });
        for (const event of plan.slice(from, from + BATCH)) {
          clock = event.at;
          const reference = references[event.index]!;
          if (event.kind === 'accept') {
            const payload = seedAnswers(random);
            const result = await acceptReferralWith(
              { repository: delivery, dataKey, now: () => event.at, log: silent },
              { formToken: randomUUID(), nation: payload.nation as Nation, payload },
            );
            references[event.index] = result.reference;
          } else if (event.kind === 'deliver') {
            const job = await delivery.claimDueJob(event.at, 60_000, ['referral']);
            if (!job || !(await delivery.markSent(job, event.at + 500))) throw new Error('The seed could not mark a referral delivered');
          } else if (event.kind === 'assign') {
            await cases.assign(reference, workers[event.to]!.id, event.at);
            await auth.recordCaseEvent(manager, 'assign', reference, workers[event.to]!.email);
          } else if (event.kind === 'status') {
            await cases.setStatus(reference, event.status, event.outcome ?? null, event.at);
            await auth.recordCaseEvent(actor(event.by), 'status', reference, event.status === 'closed' ? `closed ${event.outcome}` : event.status);
            statuses.set(event.index, event.status);
          } else if (event.kind === 'note') {
            await cases.addNote(reference, actor(event.by).id, encryptNote(dataKey, reference, 'Spoke to them; agreed the next steps and a safe time to call.'), event.at);
            await auth.recordCaseEvent(actor(event.by), 'note', reference);
            notes += 1;
          } else {
            await auth.recordCaseEvent(actor(event.by), 'view', reference);
          }
        }
      });
      const done = Math.min(plan.length, from + BATCH);
      if (Math.floor((done * 10) / plan.length) > Math.floor((from * 10) / plan.length)) {
        progress(`seeded ${Math.round((done * 100) / plan.length)}% (${done} of ${plan.length} events) in ${Math.round((performance.now() - started) / 1000)} s`);
      }
    }
    // A store that grew over years has been vacuumed and analysed by PostgreSQL's autovacuum many
    // times; one filled in minutes has not, so its planner has no statistics and its index-only
    // scans still visit every row. Done here, as autovacuum would have, so pages are timed on the
    // store a helpline would have. (SQLite keeps no such state.)
    if (env.storage.kind === 'postgres') await port.run('VACUUM ANALYZE');
    // Likewise the server's hourly run has kept the audit chain's checkpoint current: without it
    // the first start walks every row seeded, beside the pages being timed.
    const verdict = await verifyAuditSinceCheckpoint(repositories(port).staff, now);
    if (!verdict.ok) throw new Error(`The seeded audit log does not verify: row ${verdict.brokenAt}`);
    const auditRows = Number((await port.get<{ n: number | string }>('SELECT count(*) AS n FROM audit_log'))!.n);
    const seconds = (performance.now() - started) / 1000;
    const closed = [...statuses.values()].filter((status) => status === 'closed').length;
    const inProgress = Math.max(-1, ...[...statuses].filter(([, status]) => status === 'in-progress').map(([index]) => index));
    return {
      referrals: size,
      open: size - closed,
      closed,
      notes,
      auditRows,
      seconds,
      secondsPer1000: (seconds * 1000) / size,
      // The newest case in progress; the newest referral when none is.
      inProgressReference: references[inProgress >= 0 ? inProgress : size - 1]!,
      closedPages: Math.max(1, Math.ceil(closed / QUEUE_PAGE_SIZE)),
      // The audit page shows 200 rows a page (app/inbox/audit/page.tsx).
      auditPages: Math.max(1, Math.ceil(auditRows / 200)),
    };
  } finally {
    await port.close();
  }
}
