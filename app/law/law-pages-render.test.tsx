/**
 * Every law page, rendered as the server renders it: each shows its sources and its review
 * date, and every fact it states that is only reported, or not verified at all, comes with the
 * hedge that says so, in the same page.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseShellEnv } from '@/lib/env';
import type { GuidancePageProps } from '@/lib/guidance/static-props';
import { allFacts, fact, hedgeFor } from '@/lib/law/facts';
import { formatDate } from '@/lib/law/law-dates';
import { lawPage, lawPageSlugs, type LawPageSlug } from '@/lib/law/pages';

const pageModules: Record<LawPageSlug, () => Promise<{ default: (props: GuidancePageProps) => React.ReactNode }>> = {
  overview: () => import('@/pages/law/index'),
  'which-law': () => import('./which-law/page'),
  'the-2015-offence': () => import('@/pages/law/the-2015-offence'),
  'england-and-wales': () => import('@/pages/law/england-and-wales'),
  scotland: () => import('@/pages/law/scotland'),
  'northern-ireland': () => import('@/pages/law/northern-ireland'),
  'related-offences': () => import('@/pages/law/related-offences'),
  'under-18': () => import('@/pages/law/under-18'),
  'civil-routes-and-removal': () => import('@/pages/law/civil-routes-and-removal'),
  'reporting-to-the-police': () => import('@/pages/law/reporting-to-the-police'),
  'about-this-crime': () => import('@/pages/law/about-this-crime'),
};

/**
 * The page as a reader sees it: text only, entities decoded, spaces collapsed. The sources list
 * is left out: a source's title says what that source reports, which is its own hedge.
 */
function visibleText(html: string): string {
  return html
    .replace(/<aside class="sources"[\s\S]*?<\/aside>/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&rsquo;|&#x27;|&#39;/g, '’')
    .replace(/&ldquo;|&rdquo;|&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

async function render(slug: LawPageSlug): Promise<{ html: string; text: string }> {
  const { default: Page } = await pageModules[slug]();
  const html = renderToStaticMarkup(<Page shell={parseShellEnv({ APP_MODE: 'demo' })} head={{}} />);
  return { html, text: visibleText(html) };
}

/** How a reader would recognise a fact on a page, where its words are its own. */
const distinctiveFacts = allFacts.filter((entry) => entry.kind === 'date' || entry.kind === 'provision');

describe('the law pages, rendered', () => {
  it('covers every page in the registry', () => {
    expect(Object.keys(pageModules).sort()).toEqual([...lawPageSlugs].sort());
  });

  it.each(lawPageSlugs)('%s shows every source and its last-reviewed date', async (slug) => {
    const { html } = await render(slug);
    for (const source of lawPage(slug).sources) expect(html).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
    const reviewed = lawPage(slug).lastReviewed;
    expect(html).toContain(`Last reviewed: <time dateTime="${reviewed}">${formatDate(reviewed)}</time>`);
  });

  it.each(lawPageSlugs)('%s hedges every reported or unverified date or provision it states', async (slug) => {
    const { text } = await render(slug);
    for (const entry of distinctiveFacts.filter((candidate) => candidate.status !== 'verified')) {
      if (!text.includes(fact(entry.id))) continue;
      expect(text, `${slug} states ${entry.id} (${fact(entry.id)}) without its hedge`).toContain(hedgeFor(entry.id));
    }
  });

  it('states the 2-year threat maximum on the current-law page, with its hedge', async () => {
    const { text } = await render('england-and-wales');
    expect(text).toMatch(/Threatening to share Maximum 2 years in prison/);
    expect(text).toContain(hedgeFor('s66bSeriousMaximum'));
    expect(text).toContain(hedgeFor('summaryTimeLimit'));
    expect(text).not.toMatch(/must normally be started within 6 months/);
  });

  it('gives the Northern Ireland maximum only inside its hedge', async () => {
    const { text } = await render('northern-ireland');
    expect(text).toContain(hedgeFor('niReportedMaximum'));
    expect(text.split(hedgeFor('niReportedMaximum')).join('')).not.toMatch(/2 years/);
  });

  it('shows Childline’s number on the under-18 page, and says the child-image laws apply as well', async () => {
    const { html, text } = await render('under-18');
    expect(html).toContain('href="tel:08001111"');
    expect(text).toMatch(/apply as well as the laws on sharing intimate images/);
    expect(text).not.toMatch(/Different laws apply/);
  });

  it('sends only people under 18 now to Report Remove', async () => {
    const { text } = await render('civil-routes-and-removal');
    expect(text).toMatch(/If you are under 18 now, use Report Remove instead/);
    expect(text).toMatch(/If you are an adult but were under 18 in the image, report it to the Internet Watch Foundation/);
  });

  it('says on the 2015 page that edited real images were covered and fakes were not', async () => {
    const { text } = await render('the-2015-offence');
    expect(text).toMatch(/a real intimate image of you that had been cropped, filtered, captioned or blurred was still covered/);
    expect(text).not.toMatch(/Fake or edited images were usually not covered/);
  });
});
