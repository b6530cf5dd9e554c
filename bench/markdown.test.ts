import { describe, expect, it } from 'vitest';
import { benchMarkdown } from './markdown';

const report = (resilience: Record<string, number | string>[]) => ({
  startedAt: 'start',
  finishedAt: 'end',
  settings: { runs: 0, durationSeconds: 10, resilienceSize: 1000 },
  machine: { cpu: 'cpu', cores: 2, memoryGiB: 4, os: 'Linux', node: 'v20', loadAverageAtStart: [1], loadAverageAtEnd: [1] },
  summary: [],
  resilience,
});

const figures = { attempted: 1000, accepted: 1000, stored: 1000, delivered: 1000, duplicated: 0, acceptedNotStored: 0, storedNotDelivered: 0, seconds: 178.7 };

describe('the resilience tables in Markdown', () => {
  it('shows the requests the kill cut off, and a line on the kill', () => {
    const markdown = benchMarkdown(
      report([
        { scenario: 'SIGKILL mid-burst', ...figures, cutOff: 8, resubmitted: 8, resubmittedAlreadyStored: 2, refused: 0, abandoned: 0, acceptedAtKill: 333, acceptedByKilledServer: 334, storedAtKill: 336, downSeconds: 2.247 },
      ]),
    );
    expect(markdown).toContain('| SIGKILL mid-burst | 1000 | 8 (2) | 1000 | 1000 | 1000 | 0 | 0 | 0 | 179 |');
    expect(markdown).toContain('the killed server gave 334 in all and had stored 336; the restarted server answered 2.2 s after the kill');
    expect(markdown).toContain('8 requests got no answer; resent with their own form tokens, 8 referrals accepted: ');
    expect(markdown).toContain('2 had been stored before the kill and got that reference back, 6 stored on resending');
  });

  it('counts one cut-off request in the singular', () => {
    const markdown = benchMarkdown(
      report([
        { scenario: 'SIGKILL mid-burst', ...figures, cutOff: 1, resubmitted: 1, resubmittedAlreadyStored: 0, refused: 0, abandoned: 0, acceptedAtKill: 333, acceptedByKilledServer: 341, storedAtKill: 341, downSeconds: 1.4 },
      ]),
    );
    expect(markdown).toContain('1 request got no answer; resent with their own form tokens, 1 referral accepted: ');
  });

  it('shows a dash for a report from before cut-off requests were counted', () => {
    const markdown = benchMarkdown(report([{ scenario: 'SIGKILL mid-burst', ...figures, attempted: 347 }]));
    expect(markdown).toContain('| SIGKILL mid-burst | 347 | – | 1000 |');
    expect(markdown).not.toContain('SIGKILL once');
  });
});

describe('the recognisers table in Markdown', () => {
  it('shows each recogniser’s slowest input, its time and its doubling ratio', () => {
    const markdown = benchMarkdown({
      ...report([]),
      recognisers: [{ platform: 'facebook', slowestInput: 'query of names', length: 2000, ms: 0.4819, ratio: 1.94 }],
    });
    expect(markdown).toContain('| facebook | query of names | 2000 | 0.482 | 1.94× |');
  });

  it('leaves the table out of reports from before it was measured', () => {
    expect(benchMarkdown(report([]))).not.toContain('recogniser');
  });
});

describe('the hostile-load table in Markdown', () => {
  it('shows each attack beside the real client idle, and the CPU per post', () => {
    const client = (requests: number, p99: number) => ({ requests, errors: 0, latencyP50Ms: 20, latencyP99Ms: p99 });
    const markdown = benchMarkdown({
      ...report([]),
      hostile: {
        attacks: [{ attack: 'one address', hostileConnections: 8, idle: client(300, 30), underLoad: client(280, 45), hostilePosts: 9000, hostileRefused: 8970, p99Ratio: 1.5 }],
        cpuPerPostMs: 12.5,
      },
    });
    expect(markdown).toContain('| one address | 8 | 300 / 280 | 0 | 20 / 20 | 30 / 45 | 1.5 | 9000 (8970) |');
    expect(markdown).toContain('Server CPU time per hostile post checked in full: 12.5 ms.');
  });
});
