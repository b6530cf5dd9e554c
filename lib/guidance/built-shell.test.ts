import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShellEnv } from '@/lib/shell-env';
import { builtShellSettings, differingShellSettings } from './built-shell';

describe('the settings the guidance pages were built with', () => {
  const demo = parseShellEnv({ APP_MODE: 'demo' });

  it('names each setting that differs from the running server, and none when they agree', () => {
    const running = parseShellEnv({ APP_MODE: 'demo', SUPPORT_SERVICE_PHONE: '0800 000 0000', EXIT_URL: 'https://www.gov.uk/' });
    expect(differingShellSettings(demo, running)).toEqual(['EXIT_URL', 'SUPPORT_SERVICE_PHONE']);
    expect(differingShellSettings(demo, parseShellEnv({ APP_MODE: 'demo' }))).toEqual([]);
    // A demo on another port is the same demo.
    expect(differingShellSettings(demo, parseShellEnv({ APP_MODE: 'demo', PORT: '3120' }))).toEqual([]);
  });

  it('are read from the props Next.js keeps beside the built home page', () => {
    const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-shell-'));
    expect(builtShellSettings(distDir)).toBeUndefined();
    fs.mkdirSync(path.join(distDir, 'server', 'pages'), { recursive: true });
    fs.writeFileSync(path.join(distDir, 'server', 'pages', 'index.json'), JSON.stringify({ pageProps: { shell: demo, head: {} } }));
    expect(builtShellSettings(distDir)).toEqual(demo);
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  it('need production settings to build a production site, and no secret', () => {
    expect(() => parseShellEnv({ APP_MODE: 'production' })).toThrow(/SUPPORT_SERVICE_NAME: is required when APP_MODE=production/);
    const production = parseShellEnv({
      APP_MODE: 'production',
      PUBLIC_BASE_URL: 'https://help.example.org',
      SUPPORT_SERVICE_NAME: 'A Service',
      SUPPORT_SERVICE_EMAIL: 'referrals@help.example.org',
      SUPPORT_SERVICE_PHONE: '0800 000 0000',
      SUPPORT_SERVICE_HOURS: 'Always',
    });
    expect(production.supportService.name).toBe('A Service');
  });
});
