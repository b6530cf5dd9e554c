import { describe, expect, it } from 'vitest';
import { platformIds } from './catalogue';
import { findPlatform, platforms } from './registry';
import { sharedSources } from './shared-sources';

describe('the platforms registry', () => {
  it('lists every platform once, in the catalogue order, each under its own id', () => {
    expect(platforms.map((platform) => platform.id)).toEqual(platformIds);
  });

  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    '%s has everything a guide page and the form need',
    (_id, platform) => {
      expect(platform.name).not.toBe('');
      expect(platform.summary).not.toBe('');
      expect(platform.identifiers.length).toBeGreaterThan(0);
      expect(platform.capture.whatToCapture.length).toBeGreaterThan(0);
      expect(platform.reporting.route).not.toBe('');
      expect(new URL(platform.reporting.helpUrl).protocol).toMatch(/^https?:$/);
      expect(platform.sources.length).toBeGreaterThan(0);
      for (const source of platform.sources) expect(new URL(source.url).protocol).toMatch(/^https?:$/);
      expect(platform.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(platform.lastReviewed))).toBe(false);
      expect(typeof platform.recogniser.recognise).toBe('function');
    },
  );

  it('never tells anyone to copy, forward, download or send the intimate image itself', () => {
    const risky = /\b(send|forward|upload|download|save|copy)\b[^.]*\b(the|your) (intimate )?(image|photo|video|picture|nude)s?\b/i;
    for (const platform of platforms) {
      const steps = [
        ...platform.capture.whatToCapture,
        ...platform.capture.copyLinkInApp,
        ...platform.capture.copyLinkOnWeb,
        ...platform.reporting.steps,
      ];
      for (const step of steps) {
        if (/\b(never|don't|do not|not)\b/i.test(step)) continue;
        expect(step, `${platform.id}: "${step}"`).not.toMatch(risky);
      }
    }
  });

  // Entries that stand for one company's app or site must link to that company's own help page,
  // not a helpline's. The rest have no single platform, so a helpline's guidance is the route.
  const noSinglePlatform = new Set(['text-messages', 'email', 'websites', 'other']);

  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    '%s links to a help page it also lists as a source, official where there is one platform',
    (id, platform) => {
      const helpSource = platform.sources.find((source) => source.url === platform.reporting.helpUrl);
      expect(helpSource, `${id}: helpUrl is not among its sources`).toBeDefined();
      if (!noSinglePlatform.has(id)) expect(helpSource?.kind).toBe('official');
    },
  );

  it('cites original pages, not mirrors, proxies or non-English versions', () => {
    const mirror = /redlib|mirrorblogs|proxy|fbsbx|webkkk|git\.moe|freetls\.fastly|\(copy\)/i;
    const foreignLocale =
      /\/(kn|fi|cs|pl|he|it-IT|ar-sa|sv-se|pt-br|ta-IN|lv-LV)(\/|$)|[?&](lang|locale|hl)=(?!en)/i;
    for (const platform of platforms) {
      for (const { url, title } of [
        ...platform.sources,
        { url: platform.reporting.helpUrl, title: 'help page' },
      ]) {
        expect(`${title} ${url}`, platform.id).not.toMatch(mirror);
        expect(url, platform.id).not.toMatch(foreignLocale);
      }
      expect(new Set(platform.sources.map((source) => source.url)).size, platform.id).toBe(
        platform.sources.length,
      );
    }
  });

  it('names a source that several entries cite once, in shared-sources.ts', () => {
    const shared = new Set<object>(Object.values(sharedSources));
    const key = (source: { title: string; url: string }) => `${source.title} ${source.url}`;
    const citations = new Map<string, number>();
    for (const source of platforms.flatMap((platform) => platform.sources)) {
      citations.set(key(source), (citations.get(key(source)) ?? 0) + 1);
    }
    // A source written out word for word in two entries would drift apart when one is corrected.
    const copied = platforms.flatMap((platform) =>
      platform.sources
        .filter((source) => (citations.get(key(source)) ?? 0) > 1 && !shared.has(source))
        .map((source) => `${platform.id}: ${source.title}`),
    );
    expect(copied).toEqual([]);
  });

  it('finds an entry by id and nothing for anything else', () => {
    expect(findPlatform('whatsapp')?.name).toBe('WhatsApp');
    expect(findPlatform('constructor')).toBeUndefined();
    expect(findPlatform('../etc/passwd')).toBeUndefined();
  });
});
