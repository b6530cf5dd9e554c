/**
 * Check-back timing, a wrong PIN for a real reference against any PIN for a reference nobody was
 * given: the answer must not say which references exist by how long it takes. Measured on the
 * check-back itself (lib/check-back/check-back.ts) on a real SQLite file with a referral accepted
 * as the form accepts it, alternating the two cases so load on the machine falls on both alike.
 * Run alone with `BENCH_ONLY=pin-timing npm run bench`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCheckBack } from '@/lib/check-back/check-back';
import { acceptReferralWith } from '@/lib/delivery/accept';
import { completeAnswers } from '@/testing/test-answers';
import { hashPassword, verifyPassword } from '@/lib/crypto/password';
import { captureLog } from '@/testing/test-log';
import { createCaseRepository } from '@/lib/storage/case-repository';
import { createCheckBackRepository } from '@/lib/storage/check-back-repository';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { sqlitePort } from '@/lib/storage/sql-port';
import { createDeliveryRepository } from '@/lib/storage/delivery-repository';
import { alternatingMedians } from './stats';

export type PinTimingFigures = {
  samples: number;
  wrongPinMedianMs: number;
  unknownReferenceMedianMs: number;
  /** Unknown minus wrong, in milliseconds (negative: unknown was faster). */
  medianDifferenceMs: number;
};

export async function measurePinTiming(samples = 40): Promise<PinTimingFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-pin-'));
  const db = openDatabase(path.join(dir, 'bench.sqlite'));
  try {
    const dataKey = randomBytes(32);
    const { reference } = await acceptReferralWith(
      { repository: createDeliveryRepository(sqlitePort(db)), dataKey, now: Date.now, log: captureLog().log },
      { formToken: randomBytes(16).toString('hex'), nation: 'england', payload: completeAnswers() as unknown as Record<string, unknown> },
    );
    const checkBack = createCheckBack({
      checkBack: createCheckBackRepository(sqlitePort(db)),
      cases: createCaseRepository(sqlitePort(db)),
      dataKey,
      // No lockout: the bench measures the work of one attempt, not the wait after many.
      lockout: { waitFor: async () => 0, async recordFailure() {}, async recordSuccess() {} },
      audit: async () => undefined,
      hashPin: hashPassword,
      verifyPin: verifyPassword,
      now: Date.now,
    });
    const chosen = await checkBack.choosePin(await checkBack.offerPin(reference, {}), '730418', '730418');
    if (chosen.outcome !== 'chosen') throw new Error('could not choose the bench PIN');
    const unknownReference = reference === 'KQ7M-X4PD' ? 'MQ7M-X4PD' : 'KQ7M-X4PD';
    const noMatch = async (target: string) => {
      const result = await checkBack.signIn(target, '102938', 'bench');
      if (result.outcome !== 'no-match') throw new Error(`expected no match, got ${result.outcome}`);
    };
    const figures = await alternatingMedians(
      samples,
      (sample) => noMatch(sample < 0 ? unknownReference : reference),
      () => noMatch(unknownReference),
    );
    return {
      samples,
      wrongPinMedianMs: figures.firstMs,
      unknownReferenceMedianMs: figures.secondMs,
      medianDifferenceMs: figures.differenceMs,
    };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
