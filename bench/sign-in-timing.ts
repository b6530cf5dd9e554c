/**
 * Sign-in timing, known account against unknown: the service must not reveal which email
 * addresses have accounts by how long a wrong password takes. Measured on the sign-in code
 * itself (lib/staff/staff-auth.ts) on a real SQLite file, alternating the two cases so load on
 * the machine falls on both alike; the page and network around it are the same for both.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/lib/storage/sqlite-database';
import { sqlitePort } from '@/lib/storage/sql-port';
import { createStaffRepository } from '@/lib/storage/staff-repository';
import { hashPassword } from '@/lib/crypto/password';
import { createStaffAuth } from '@/lib/staff/staff-auth';
import { alternatingMedians } from './stats';

export type SignInTimingFigures = {
  samples: number;
  knownAccountMedianMs: number;
  unknownAccountMedianMs: number;
  /** Unknown minus known, in milliseconds (negative: unknown was faster). */
  medianDifferenceMs: number;
};

export async function measureSignInTiming(samples = 40): Promise<SignInTimingFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sign-in-'));
  const db = openDatabase(path.join(dir, 'bench.sqlite'));
  try {
    const staff = createStaffRepository(sqlitePort(db));
    const added = await staff.addStaff({ email: 'known@support.example', role: 'caseworker', enrolmentTokenHash: 'x', enrolmentExpiresAt: 0, now: 0 });
    if (added.outcome !== 'created') throw new Error('could not add the bench account');
    await staff.completeEnrolment(added.member.id, { passwordHash: await hashPassword('the real password here'), recoveryCodeHashes: [], now: 0 });
    // No throttle: the bench measures the work of one attempt, not the wait after many.
    const auth = createStaffAuth({ staff, dataKey: randomBytes(32), throttle: { waitFor: async () => 0, async recordFailure() {}, async recordSuccess() {} }, policy: { idleMs: 1, absoluteMs: 1 }, now: Date.now });
    const figures = await alternatingMedians(
      samples,
      (sample) => auth.signIn(sample < 0 ? 'warm-up@support.example' : 'known@support.example', 'a wrong password', 'bench'),
      (sample) => auth.signIn(`unknown-${sample}@support.example`, 'a wrong password', 'bench'),
    );
    return {
      samples,
      knownAccountMedianMs: figures.firstMs,
      unknownAccountMedianMs: figures.secondMs,
      medianDifferenceMs: figures.differenceMs,
    };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
