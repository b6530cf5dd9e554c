/**
 * Every route under /law is a registered law page, and takes its title, description, sources
 * and review date from the checked registry, so no guidance page can be published without them.
 * The plain-text pages are built to static files (pages/law); the which-law tool, which takes
 * answers, stays in the App Router (app/law/which-law).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staticLawSlugs } from '@/lib/guidance/static-routes';
import { lawPageSlugs } from '@/lib/law/pages';

const root = fileURLToPath(new URL('../..', import.meta.url));
const staticLawDirectory = path.join(root, 'pages', 'law');
const pageFile = (slug: string) =>
  slug === 'which-law'
    ? path.join(root, 'app', 'law', 'which-law', 'page.tsx')
    : path.join(staticLawDirectory, `${slug === 'overview' ? 'index' : slug}.tsx`);

describe('the /law routes', () => {
  it('have a page for every registry entry and an entry for every page', () => {
    const staticPages = fs
      .readdirSync(staticLawDirectory)
      .map((name) => name.replace(/\.tsx$/, ''))
      .map((name) => (name === 'index' ? 'overview' : name));
    expect(staticPages.sort()).toEqual([...staticLawSlugs].sort());
    expect(fs.existsSync(pageFile('which-law'))).toBe(true);
    const appRoutes = fs
      .readdirSync(path.join(root, 'app', 'law'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(appRoutes).toEqual(['which-law']);
  });

  it.each(lawPageSlugs)('%s takes its metadata from the registry and renders in the law page frame', (slug) => {
    const source = fs.readFileSync(pageFile(slug), 'utf8');
    expect(source).toContain(`lawPageMetadata('${slug}')`);
    expect(source).toContain(`<LawPage`);
    expect(source).toContain(`slug="${slug}"`);
  });

  it('add no client JavaScript of their own, except the which-law form', () => {
    for (const slug of lawPageSlugs) {
      expect(fs.readFileSync(pageFile(slug), 'utf8')).not.toMatch(/^['"]use client['"]/m);
    }
  });

  it.each(staticLawSlugs)('%s is built with no framework JavaScript', (slug) => {
    expect(fs.readFileSync(pageFile(slug), 'utf8')).toContain('export const config = { unstable_runtimeJS: false };');
  });
});
