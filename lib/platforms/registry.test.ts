import { describe, expect, it } from 'vitest';
import { platformIds } from './catalogue';
import { findPlatform, platforms } from './registry';
import { evidenceOverviewSources, screenshotGuideSources } from './evidence-pages';
import { guideSources, sharedBlocks, sharedBlocksFor } from './shared-guidance';
import { sharedSources } from './shared-sources';
import { sourceKindRank, sourceProblems } from './source-hygiene';

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
      expect(platform.reporting.steps.length).toBeGreaterThan(0);
      expect(platform.reporting.withoutAccount).not.toBe('');
      expect(platform.stopNcii.note).not.toBe('');
      expect(platform.sources.length).toBeGreaterThan(0);
      expect(platform.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(platform.lastReviewed))).toBe(false);
      expect(platform.reviewNote.length, 'say what was read on lastReviewed').toBeGreaterThan(40);
      expect(typeof platform.recogniser.recognise).toBe('function');
    },
  );

  it('never tells anyone to copy, forward, download or send the intimate image itself', () => {
    const risky =
      /\b(send|forward|upload|download|save|copy)\b[^.]*\b(the|your) (intimate )?(image|photo|video|picture|nude)s?\b|\bscreenshot (the|your) (intimate )?(image|photo|video|picture|nude)/i;
    for (const platform of platforms) {
      const steps = [
        ...platform.capture.whatToCapture,
        ...platform.capture.copyLinkInApp,
        ...platform.capture.copyLinkOnWeb,
        ...platform.capture.downloadYourData,
        ...platform.reporting.steps,
        ...platform.traps.map((trap) => trap.detail),
        ...[...sharedBlocksFor(platform).values()].flatMap((block) => block.points),
      ];
      for (const step of steps) {
        if (/\b(never|don't|do not|not)\b/i.test(step)) continue;
        expect(step, `${platform.id}: "${step}"`).not.toMatch(risky);
      }
    }
  });

  // Entries that stand for one company's app or site must link to that company's own help page,
  // not a helpline's. The rest have no single platform, so a helpline's guidance is the route.
  const noSinglePlatform = new Set(['text-messages', 'email', 'websites', 'other', 'dating-apps']);

  it('never downloads data without first warning to leave media out, and never if under 18 in the image', () => {
    const warning = sharedBlocks.find((block) => block.id === 'download-safely')!;
    expect(warning.points.join(' ')).toMatch(/leave out photos, videos/i);
    expect(warning.points.join(' ')).toMatch(/under 18 in the image, do not download/i);
    for (const platform of platforms) {
      const shown = sharedBlocksFor(platform).has('download-safely');
      expect(shown, platform.id).toBe(platform.capture.downloadYourData.length > 0);
      // A step list that only says "we could not confirm" would show the warning for nothing.
      for (const step of platform.capture.downloadYourData) expect(step, platform.id).not.toMatch(/does not apply/i);
    }
  });

  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    '%s shows every shared block that applies to it',
    (_id, platform) => {
      const shown = [...sharedBlocksFor(platform).keys()];
      expect(shown).toEqual(
        expect.arrayContaining(['under-18', 'before-forms', 'if-refused', 'secure-accounts', 'stop-ncii']),
      );
      const sources = guideSources(platform).map((source) => source.url);
      for (const block of sharedBlocksFor(platform).values()) {
        for (const source of block.sources) expect(sources, `${block.id} source`).toContain(source.url);
      }
    },
  );

  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    '%s names the source for a StopNCII partnership',
    (_id, platform) => {
      if (platform.stopNcii.status !== 'partner') return;
      expect(platform.stopNcii.source, 'a partner needs a source').toBeDefined();
    },
  );

  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    '%s links to a help page it also lists as a source, official where there is one platform',
    (id, platform) => {
      const helpSource = guideSources(platform).find((source) => source.url === platform.reporting.helpUrl);
      expect(helpSource, `${id}: helpUrl is not among its sources`).toBeDefined();
      if (!noSinglePlatform.has(id)) expect(helpSource?.kind).toBe('official');
    },
  );

  it('cites only safe sources: https, no tracking, English, nothing on the deny-list', () => {
    const mirror = /redlib|mirrorblogs|proxy|fbsbx|webkkk|git\.moe|freetls\.fastly|\(copy\)/i;
    const problems: string[] = [];
    const links = [
      ...platforms.flatMap((platform) => [
        ...guideSources(platform).map((source) => ({ where: platform.id, ...source })),
        { where: platform.id, title: 'help page', url: platform.reporting.helpUrl },
      ]),
      ...sharedBlocks.flatMap((block) =>
        block.links
          .filter((link) => !link.href.startsWith('/'))
          .map((link) => ({ where: block.id, title: link.text, url: link.href })),
      ),
      ...Object.entries(sharedSources).map(([name, source]) => ({ where: name, ...source })),
      ...screenshotGuideSources.map((source) => ({ where: 'screenshot guide', ...source })),
      ...evidenceOverviewSources.map((source) => ({ where: 'evidence overview', ...source })),
    ];
    for (const { where, title, url } of links) {
      for (const problem of sourceProblems(url)) problems.push(`${where}: ${url}: ${problem}`);
      if (mirror.test(`${title} ${url}`)) problems.push(`${where}: ${url}: a mirror or proxy`);
    }
    expect(problems).toEqual([]);
    for (const platform of platforms) {
      expect(new Set(platform.sources.map((source) => source.url)).size, platform.id).toBe(
        platform.sources.length,
      );
    }
  });

  it('the hygiene check catches each kind of unsafe source', () => {
    expect(sourceProblems('http://aylo.com/newsroom/')).toContain('not https');
    expect(sourceProblems('https://example.org/a?utm_source=rssfeed')).toContain('tracking parameter utm_source');
    expect(sourceProblems('https://www.tiktok.com/safety?appLaunch=web')).toContain('tracking parameter appLaunch');
    expect(sourceProblems('https://www.instagram.com/p/x/?igsh=abc')).toContain('tracking parameter igsh');
    expect(sourceProblems('https://www.example.org/?fbclid=1')).toContain('tracking parameter fbclid');
    expect(sourceProblems('https://stopncii.org/faq/?lang=ar-sa')).toContain('locale lang=ar-sa');
    expect(sourceProblems('https://www.snap.com/pt-BR/safety')).toContain('locale /pt-BR/');
    expect(sourceProblems('https://faq.whatsapp.com/pl/iphone/26000110/')).toContain('locale /pl/');
    expect(sourceProblems('https://support.apple.com/en-gb/HT200289')).toEqual([]);
    expect(sourceProblems('https://www.tiktok.com/safety/resources/x')).toEqual([]);
    expect(sourceProblems('https://support.google.com/websearch/answer/1')).toContain(
      'not the UK English version the site offers',
    );
    expect(sourceProblems('https://pastebin.com/J4KQFqEs')).toContain('on the deny-list (pastebin.com)');
    expect(sourceProblems('https://tecnoblogai.pages.dev/posts/x')).toContain('on the deny-list (pages.dev)');
    expect(sourceProblems('https://winenfood.com/any-page')).toContain('on the deny-list (winenfood.com)');
    expect(sourceProblems('https://support.google.com/websearch/answer/1?hl=en-GB')).toEqual([]);
  });

  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    '%s lists primary and charity sources before press, and press before anything else',
    (_id, platform) => {
      const ranks = guideSources(platform).map((source) => sourceKindRank[source.kind]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const ownRanks = platform.sources.map((source) => sourceKindRank[source.kind]);
      expect(ownRanks, 'in the entry itself too').toEqual([...ownRanks].sort((a, b) => a - b));
    },
  );

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

  it("L12: Microsoft's form is cited on its UK address, and the websites guide no longer cites a code repository for a site's terms", () => {
    expect(sharedSources.microsoftNciiForm.url).toBe('https://www.microsoft.com/en-gb/concern/revengeporn');
    const websites = findPlatform('websites')!;
    expect(guideSources(websites).map((source) => source.url)).not.toContain('https://github.com/chaynHQ/tools');
    for (const platform of platforms) {
      expect(guideSources(platform).map((source) => source.url).join(' '), platform.id).not.toMatch(/microsoft\.com\/en-us\//);
    }
  });

  it('finds an entry by id and nothing for anything else', () => {
    expect(findPlatform('whatsapp')?.name).toBe('WhatsApp');
    expect(findPlatform('constructor')).toBeUndefined();
    expect(findPlatform('../etc/passwd')).toBeUndefined();
  });
});
