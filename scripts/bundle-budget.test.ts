import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script without type declarations.
import { checkBudgets, checkStaticPages, fontProblems, imageProblems, measureRoutes, runBudgetCheck } from './bundle-budget.mjs';

const KiB = 1024;

/** A route-bundle-stats.json fixture: chunk names carry their gzip size in KiB. */
const stats = [
  { route: '/_not-found', firstLoadUncompressedJsBytes: 460 * KiB, firstLoadChunkPaths: ['framework-130', 'layout-4'] },
  { route: '/law/scotland', firstLoadUncompressedJsBytes: 470 * KiB, firstLoadChunkPaths: ['framework-130', 'layout-4', 'law-9'] },
  { route: '/evidence/[platform]', firstLoadUncompressedJsBytes: 460 * KiB, firstLoadChunkPaths: ['framework-130', 'layout-4'] },
  { route: '/report/questions', firstLoadUncompressedJsBytes: 650 * KiB, firstLoadChunkPaths: ['framework-130', 'layout-4', 'form-55'] },
];
const fixtureSize = (chunk: string) => {
  const gzipKiB = Number(chunk.split('-').pop());
  return { bytes: gzipKiB * 3 * KiB, gzipBytes: gzipKiB * KiB };
};

type Result = { route: string; ok: boolean; overFloorGzipBytes: number; rule: string };

describe('checkBudgets', () => {
  it('passes routes within the floor plus their allowance', () => {
    const { floor, results, failures } = checkBudgets(measureRoutes(stats, fixtureSize));
    expect(floor.gzipBytes).toBe(134 * KiB);
    expect(failures).toEqual([]);
    expect(results.find((r: Result) => r.route === '/report/questions')).toMatchObject({ rule: 'form', ok: true, overFloorGzipBytes: 55 * KiB });
    expect(results.find((r: Result) => r.route === '/law/scotland')).toMatchObject({ rule: 'page', ok: true });
  });

  it('fails a law page that loads more than 10 KiB over the floor', () => {
    const heavy = stats.map((entry) =>
      entry.route === '/law/scotland' ? { ...entry, firstLoadChunkPaths: [...entry.firstLoadChunkPaths, 'chart-2'] } : entry,
    );
    const { results, failures } = checkBudgets(measureRoutes(heavy, fixtureSize));
    expect(results.filter((r: Result) => !r.ok).map((r: Result) => r.route)).toEqual(['/law/scotland']);
    expect(failures).toEqual([expect.stringMatching(/^\/law\/scotland loads 145\.0 KiB .* 11\.0 KiB over the floor; its budget \(page\) is 144\.0 KiB/)]);
  });

  it('fails the form one byte over the floor plus 61 KiB, and passes it at exactly the limit', () => {
    const at = (extra: number) =>
      checkBudgets(
        measureRoutes(stats, (chunk: string) => (chunk === 'form-55' ? { bytes: 1, gzipBytes: 61 * KiB + extra } : fixtureSize(chunk))),
      ).results.find((r: Result) => r.route === '/report/questions').ok;
    expect(at(0)).toBe(true);
    expect(at(1)).toBe(false);
  });

  it('fails when the floor route is missing rather than judging against nothing', () => {
    const { failures } = checkBudgets(measureRoutes(stats.slice(1), fixtureSize));
    expect(failures).toEqual([expect.stringContaining('/_not-found is missing')]);
  });
});

describe('fonts and images', () => {
  it('names any web font in the build', () => {
    expect(fontProblems(['.next/static/chunks/a.js', '.next/static/media/inter.woff2'])).toEqual([
      '.next/static/media/inter.woff2 is a web font; the site uses system fonts only',
    ]);
  });

  it('names a large or non-web image in public/', () => {
    expect(
      imageProblems([
        { file: 'public/logo.svg', bytes: 3 * KiB },
        { file: 'public/hero.png', bytes: 400 * KiB },
        { file: 'public/scan.tiff', bytes: 10 * KiB },
        { file: 'public/robots.txt', bytes: 900 * KiB },
      ]),
    ).toEqual(['public/hero.png is 400.0 KiB; optimise it to 100.0 KiB or less', 'public/scan.tiff is not in a web image format']);
  });
});

describe('runBudgetCheck on a build directory', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  /** A fake build: real chunk files of random (incompressible) bytes, so gzip sizes are known. */
  function fakeBuild(formChunkKiB: number, { staticStartPage = true } = {}): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-budget-'));
    dirs.push(root);
    fs.mkdirSync(path.join(root, '.next', 'diagnostics'), { recursive: true });
    fs.mkdirSync(path.join(root, '.next', 'static', 'chunks'), { recursive: true });
    const chunk = (name: string, kib: number) => {
      fs.writeFileSync(path.join(root, '.next', 'static', 'chunks', name), Buffer.from(Array.from({ length: kib * KiB }, () => Math.floor(Math.random() * 256))));
      return `.next/static/chunks/${name}`;
    };
    const base = [chunk('framework.js', 20)];
    const form = chunk('form.js', formChunkKiB);
    // A static guidance page: the framework builds it a client bundle (here far over any
    // budget) that its HTML never loads, so only what the HTML loads is judged.
    const unsent = chunk('pages-router.js', 90);
    fs.mkdirSync(path.join(root, '.next', 'server', 'pages', 'law'), { recursive: true });
    fs.writeFileSync(path.join(root, '.next', 'server', 'pages-manifest.json'), JSON.stringify({ '/law/scotland': 'pages/law/scotland.js' }));
    const staticPage = '<html><head><script src="/exit-this-page.js" defer=""></script></head></html>';
    fs.writeFileSync(path.join(root, '.next', 'server', 'pages', 'law', 'scotland.html'), staticPage);
    if (staticStartPage) fs.writeFileSync(path.join(root, '.next', 'server', 'pages', 'report.html'), staticPage);
    fs.writeFileSync(
      path.join(root, '.next', 'diagnostics', 'route-bundle-stats.json'),
      JSON.stringify([
        { route: '/_not-found', firstLoadUncompressedJsBytes: 20 * KiB, firstLoadChunkPaths: base },
        { route: '/report/questions', firstLoadUncompressedJsBytes: (20 + formChunkKiB) * KiB, firstLoadChunkPaths: [...base, form] },
        { route: '/law/scotland', firstLoadUncompressedJsBytes: 110 * KiB, firstLoadChunkPaths: [...base, unsent] },
      ]),
    );
    return root;
  }

  it('reads the stats file and chunk files and fails a route over budget', () => {
    const over = runBudgetCheck(fakeBuild(66));
    expect(over.failures).toEqual([expect.stringMatching(/^\/report\/questions loads/)]);
    expect(over.checks.filter((check: { ok: boolean }) => !check.ok)).toEqual([{ name: 'first-load JS /report/questions', ok: false }]);
    const within = runBudgetCheck(fakeBuild(50));
    expect(within.failures).toEqual([]);
    expect(within.checks).toContainEqual({ name: 'no framework JS /law/scotland', ok: true });
    expect(within.checks).toContainEqual({ name: 'built as a static page /report', ok: true });
  });

  it('fails a build whose form start page is not a static page', () => {
    const outcome = runBudgetCheck(fakeBuild(50, { staticStartPage: false }));
    expect(outcome.failures).toEqual(['/report is not built as a static page loading only /exit-this-page.js; it must be (see REQUIRED_STATIC_ROUTES)']);
    expect(outcome.checks.filter((check: { ok: boolean }) => !check.ok)).toEqual([{ name: 'built as a static page /report', ok: false }]);
  });

  it('fails when there is no build to read', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-budget-'));
    dirs.push(root);
    expect(runBudgetCheck(root).failures).toEqual([expect.stringContaining('route-bundle-stats.json is missing')]);
  });
});

describe('checkStaticPages', () => {
  const exitScript = '<script src="/exit-this-page.js" defer=""></script>';

  it('passes a static guidance page whose only script is Exit this page', () => {
    const { failures } = checkStaticPages([{ route: '/law/scotland', html: `<head>${exitScript}<link rel="stylesheet" href="/a.css"></head>` }]);
    expect(failures).toEqual([]);
  });

  it('fails a page that loads a framework chunk, preloads one, or runs inline script', () => {
    const { failures } = checkStaticPages([
      { route: '/', html: `${exitScript}<script src="/_next/static/chunks/main.js"></script>` },
      { route: '/law', html: `${exitScript}<link rel="preload" as="script" href="/_next/static/chunks/app.js">` },
      { route: '/evidence', html: `${exitScript}<script id="__NEXT_DATA__" type="application/json">{}</script>` },
    ]);
    expect(failures).toEqual([
      '/ is a static guidance page but loads /_next/static/chunks/main.js; it may load only /exit-this-page.js',
      '/law is a static guidance page but loads /_next/static/chunks/app.js; it may load only /exit-this-page.js',
      '/evidence is a static guidance page but loads inline; it may load only /exit-this-page.js',
    ]);
  });

  it('fails a page without Exit this page', () => {
    expect(checkStaticPages([{ route: '/privacy', html: '<p>No script</p>' }]).failures).toEqual([
      '/privacy does not load /exit-this-page.js, so Exit this page would not work there with JavaScript',
    ]);
  });
});
