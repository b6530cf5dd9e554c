import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations.
import { compareVersions, readAudit, versionProblems } from './audit-check.mjs';

describe('compareVersions', () => {
  it.each([
    ['16.4.6', '16.2.11', 1],
    ['16.2.11', '16.2.11', 0],
    ['16.2.9', '16.2.11', -1],
    ['15.5.18', '16.2.11', -1],
    ['16.2.11-canary.3', '16.2.11', -1],
    ['19.3.1', '19.2.1', 1],
  ])('%s against %s is %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });
});

describe('versionProblems', () => {
  it('passes the versions this project pins', () => {
    expect(versionProblems({ next: '16.4.6', react: '19.3.1', 'react-dom': '19.3.1', nodemailer: '10.6.0' })).toEqual([]);
  });

  it('names each package below its floor', () => {
    const problems = versionProblems({ next: '16.0.6', react: '19.2.0', nodemailer: '10.6.0' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^next 16.0.6 is older than 16.2.11/);
    expect(problems[1]).toMatch(/^react 19.2.0 is older than 19.2.1/);
  });
});

describe('readAudit', () => {
  it('reports an audit that could not reach its endpoint as not run', () => {
    const offline = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk', statusCode: 405 });
    expect(readAudit(offline)).toEqual({ ran: false, reason: expect.stringMatching(/^405 Method Not Allowed/) });
    expect(readAudit('')).toEqual({ ran: false, reason: 'npm audit printed no JSON report' });
  });

  it('passes a clean audit', () => {
    const clean = JSON.stringify({ vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } });
    expect(readAudit(clean)).toEqual({ ran: true, findings: [] });
  });

  it('lists findings at moderate and above, and ignores low ones', () => {
    const found = JSON.stringify({
      vulnerabilities: {
        next: { name: 'next', severity: 'high', fixAvailable: true },
        debug: { name: 'debug', severity: 'low', fixAvailable: false },
      },
      metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 1, critical: 0, total: 2 } },
    });
    expect(readAudit(found)).toEqual({ ran: true, findings: ['next: high (a fix is available)'] });
  });
});
