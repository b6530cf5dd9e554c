/**
 * Everything one server process runs, opened once, in one place: the storage (the store, migrated,
 * and the data key), the shared state, the mail relay and the outbox worker, the inbox and the
 * check-back, the public forms' step tokens, rate limits and post gate, and the hourly timer that
 * applies retention, queues the managers' daily digest (the outbox's worker sends it) and moves
 * the audit chain's checkpoint on. Domain modules receive what they need from here as arguments;
 * nothing else in lib/ keeps a process-wide instance.
 *
 * Kept on `globalThis` because Next.js loads the start hook, the proxy and the routes as separate
 * module graphs in the same process: a module-level variable would give each its own database
 * handle, worker and limits. The start hook opens it; every route, action and the proxy get
 * the same instance (`serverRuntime`).
 */
import 'server-only';
import { fillUnknownPriorities } from '@/lib/cases/stored-referral';
import { deriveKey } from '@/lib/crypto/derived-keys';
import type { CheckBack } from '@/lib/check-back/check-back';
import type { Outbox } from '@/lib/delivery/outbox';
import { getEnv, type Env } from '@/lib/env';
import { log } from '@/lib/log';
import { mailboxDirectory } from '@/lib/mailbox/mailbox';
import { clientKeySecret, createClientKey } from '@/lib/security/client-key';
import { createPostGate } from '@/lib/security/post-gate';
import { createRateLimits } from '@/lib/security/rate-limit';
import { createStepTokens, type StepTokens } from '@/lib/security/step-token';
import { advanceAuditCheckpoint } from '@/lib/staff/audit-check';
import { caseLifecycleDeps, managerDigestComposer, purgeDueCases, queueManagerDigest } from '@/lib/runtime/case-lifecycle';
import { createCheckBackRuntime } from '@/lib/runtime/check-back-runtime';
import { checkEncryptionKey, createConfiguredOutbox, startMailRelay, type MailRelay } from '@/lib/runtime/delivery-runtime';
import { createInboxRuntime, type InboxRuntime } from '@/lib/runtime/inbox-runtime';
import { openStorage, type Storage } from '@/lib/runtime/open-storage';
import { SERVER_RUNTIME, type PublicPostLimits, type RuntimeHolder } from '@/lib/runtime/running';
import { openSharedState } from '@/lib/runtime/shared-state-runtime';

export type ServerRuntime = PublicPostLimits & {
  env: Env;
  storage: Storage;
  outbox: Outbox;
  /** Only in the embedded default. */
  embeddedSmtp: MailRelay['embeddedSmtp'];
  inbox: InboxRuntime;
  checkBack: CheckBack;
  /** The single-use tokens of the public forms' posts made without JavaScript. */
  stepTokens: StepTokens;
  stop(): Promise<void>;
};

const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

async function boot(env: Env): Promise<ServerRuntime> {
  const storage = await openStorage(env);
  const { store, dataKey } = storage;
  const shared = openSharedState(env);
  let relay: MailRelay;
  try {
    relay = await startMailRelay(env);
  } catch (error) {
    await shared.close();
    await storage.close();
    throw error;
  }
  await checkEncryptionKey(env);

  // The demo mailbox keeps plain-text copies of what it received: they go with their case.
  const lifecycle = caseLifecycleDeps(env, storage, relay.embeddedSmtp ? mailboxDirectory(env.dataDir) : undefined);
  const { outbox, transport } = createConfiguredOutbox(env, store.delivery, dataKey, relay.smtpUrl, managerDigestComposer(lifecycle));
  outbox.start();

  const sweep = async () => {
    try {
      await purgeDueCases(lifecycle, Date.now());
      // The outbox's worker sends it, with the referrals, retried by the same rules.
      if (await queueManagerDigest(lifecycle, Date.now())) outbox.kick();
    } catch (error) {
      log.error('retention.failed', { errorCode: error instanceof Error ? error.name : 'unknown' });
    }
    // So a manager's view of the audit log has at most an hour's rows left to check.
    await advanceAuditCheckpoint(store.staff, Date.now(), log);
  };
  void sweep();
  // Referrals stored before priorities were get theirs once, in slices, beside the requests.
  void fillUnknownPriorities(store.cases, dataKey).catch((error: unknown) => {
    log.error('queue.priority_fill_failed', { errorCode: error instanceof Error ? error.name : 'unknown' });
  });
  const retentionTimer = setInterval(sweep, RETENTION_INTERVAL_MS);
  retentionTimer.unref();

  const clientKey = createClientKey({
    secret: clientKeySecret(env.storage.kind === 'postgres' ? dataKey : undefined),
    trustedProxyHops: env.security.trustedProxyHops,
    mode: env.mode,
  });
  const inbox = createInboxRuntime(env, storage, { state: shared.state, clientKey });
  const limits = createRateLimits({ state: shared.state, limits: env.security.rateLimit });

  let stopping: Promise<void> | undefined;
  const runtime: ServerRuntime = {
    env,
    storage,
    outbox,
    embeddedSmtp: relay.embeddedSmtp,
    inbox,
    checkBack: createCheckBackRuntime(inbox, shared.state),
    stepTokens: createStepTokens({
      key: deriveKey(dataKey, 'stepToken'),
      // One instance keeps its used ids in memory (bounded); several share them.
      usedIds: env.storage.kind === 'postgres' ? shared.state : undefined,
    }),
    clientKey,
    limits,
    postGate: createPostGate({ clientKey, limits }),
    stop() {
      stopping ??= (async () => {
        clearInterval(retentionTimer);
        await outbox.stop();
        transport.close();
        await relay.close();
        await shared.close();
        await storage.close();
      })();
      return stopping;
    },
  };

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // Finish (or abandon to its lease) the job in hand and close the database cleanly. When
      // nothing else handles the signal, leave afterwards; Next.js's own handler exits itself, and
      // anything cut short is safe anyway: commits are durable and an interrupted send is retried.
      const othersListen = process.listenerCount(signal) > 0;
      void runtime.stop().finally(() => {
        if (!othersListen) process.exit(0);
      });
    });
  }
  return runtime;
}

/** This process's runtime, started on first use (by the start hook, in a server), and resolved with it. */
export function serverRuntime(env?: Env): Promise<ServerRuntime> {
  const holder = globalThis as RuntimeHolder<ServerRuntime>;
  holder[SERVER_RUNTIME] ??= boot(env ?? getEnv());
  return holder[SERVER_RUNTIME];
}

/** The inbox of this process. */
export async function inboxRuntime(): Promise<InboxRuntime> {
  return (await serverRuntime()).inbox;
}

/** The check-back of this process. */
export async function checkBackRuntime(): Promise<CheckBack> {
  return (await serverRuntime()).checkBack;
}

/** The public forms' step tokens, keyed from the data key (their own key, not the data key itself). */
export async function stepTokens(): Promise<StepTokens> {
  return (await serverRuntime()).stepTokens;
}
