/** The retention repository contract on a real SQLite file (see `retention-repository-contract.ts`). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeRetentionRepositoryContract } from '@/lib/retention/retention-repository-contract';
import { openDatabase } from './sqlite-database';
import { createSqliteCaseRepository } from './sqlite-case-repository';
import { createSqliteCheckBackRepository } from './sqlite-check-back-repository';
import { createSqliteDeliveryRepository } from './sqlite-delivery-repository';
import { createSqliteRetentionRepository } from './sqlite-retention-repository';
import { createSqliteStaffRepository } from './sqlite-staff-repository';

describeRetentionRepositoryContract('SQLite', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retention-contract-'));
  const db = openDatabase(path.join(dir, 'test.sqlite'));
  return {
    retention: createSqliteRetentionRepository(db),
    delivery: createSqliteDeliveryRepository(db),
    cases: createSqliteCaseRepository(db),
    checkBack: createSqliteCheckBackRepository(db),
    staff: createSqliteStaffRepository(db),
    close() {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});
