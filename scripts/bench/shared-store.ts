/**
 * The store several app instances share in the two-instance scenario, and how the scenario reads
 * what it holds: the settings each instance starts with, and the references stored and the
 * outbox's jobs by state, counted in the store itself rather than taken from the instances.
 *
 * `sqlite` is one data directory, and so one SQLite file, shared by instances on one machine
 * (SQLite's write-ahead log allows that between processes on one host, never across hosts): the
 * baseline, with every per-process part still per process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { outboxStates, storedReferences } from './server';

export type SharedStore = {
  name: string;
  /** The settings instance `index` starts with, to use this store. */
  instanceEnv(index: number): Record<string, string>;
  /** Every stored referral's reference, one per row. */
  storedReferences(): Promise<string[]>;
  /** The outbox's jobs, counted by state. */
  jobStates(): Promise<Record<string, number>>;
  close(): Promise<void>;
};

export async function sqliteStore(): Promise<SharedStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-two-instances-'));
  return {
    name: 'sqlite',
    instanceEnv: () => ({ DATA_DIR: dataDir }),
    storedReferences: async () => storedReferences(dataDir),
    jobStates: async () => outboxStates(dataDir),
    close: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}
