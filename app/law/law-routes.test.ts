/**
 * Every route under /law is a registered law page, and takes its title, description, sources
 * and review date from the checked registry, so no guidance page can be published without them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lawPageSlugs } from '@/lib/law/pages';

const lawDirectory = fileURLToPath(new URL('.', import.meta.url));
const pageFile = (slug: string) => path.join(lawDirectory, slug === 'overview' ? '' : slug, 'page.tsx');

describe('the /law routes', () => {
  it('have a page for every registry entry and an entry for every page', () => {
    const routes = fs
      .readdirSync(lawDirectory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(lawDirectory, entry.name, 'page.tsx')))
      .map((entry) => entry.name);
    expect(fs.existsSync(pageFile('overview'))).toBe(true);
    expect(routes.sort()).toEqual(lawPageSlugs.filter((slug) => slug !== 'overview').sort());
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
});
