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
import { howSureLines, lawPage, lawPageSlugs, type LawPageSlug } from '@/lib/law/pages';
import { lawSourceProblems } from '@/lib/law/sources';

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
    .replace(/\s+/g, ' ')
    // A tag next to punctuation leaves a space a reader would not see: "offence</a>," reads "offence,".
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(');
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

/** The text of one part of a page, found by the id its heading carries. */
function sectionText(html: string, headingId: string): string {
  const start = html.indexOf(`id="${headingId}"`);
  if (start < 0) return '';
  const sectionStart = html.lastIndexOf('<section', start);
  const end = html.indexOf('</section>', start);
  return visibleText(html.slice(sectionStart, end));
}

/** The sources aside as a reader sees it (visibleText leaves it out on purpose). */
function sourcesText(html: string): string {
  const match = /<aside class="sources"[\s\S]*?<\/aside>/.exec(html);
  return match ? visibleText(match[0].replace(/^<aside class="sources"/, '<div')) : '';
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

const takedownDuty = `must have systems to take it down as soon as reasonably practicable, and within ${fact('takedownDeadline')} at most, unless they decide it is not an intimate image or that you are not the person in it (or acting for them)`;

describe('the law pages after the December 2026 review', () => {
  it.each(['england-and-wales', 'civil-routes-and-removal'] as const)(
    'P1: %s describes the takedown duty as the law words it, then the five things the report must say',
    async (slug) => {
      const { html, text } = await render(slug);
      expect(text).toContain(takedownDuty);
      for (const element of [
        'say that the content is an intimate image',
        'say that you are the person shown in it, or someone acting for them',
        'say that you are making the report in good faith and that it is true to the best of your knowledge',
        'give enough information for the website or app to find the content',
        'give your contact details',
      ]) {
        expect(text).toContain(element);
      }
      expect(text.indexOf('For the report to count, it must:')).toBeGreaterThan(text.indexOf(takedownDuty));
      expect(text).not.toMatch(/must remove[^.]*within 48 hours/i);
      expect(text).not.toMatch(/They must (then )?take the image down/);
      expect(text).not.toMatch(/quicker way to complain/);
      expect(html).toContain('href="https://www.legislation.gov.uk/ukpga/2023/50/section/20A"');
    },
  );

  it('P5: the reporting page says what to do if the person who did it is abroad', async () => {
    const { html, text } = await render('reporting-to-the-police');
    const abroad = text.slice(text.indexOf('If the person who did it is abroad'));
    expect(abroad).toMatch(/^If the person who did it is abroad Report it anyway\./);
    expect(abroad).toContain('The police in the UK can still help keep you safe and give you advice');
    expect(abroad).toContain('they may work with the police in the other country');
    expect(abroad).toContain('A prosecution here may not be possible');
    expect(abroad).toMatch(/StopNCII.*report it to the website or app.*intimate image content report/);
    expect(html).toContain('href="https://revengepornhelpline.org.uk/information-and-advice/police-and-courts-advice/ask-an-officer"');
  });

  it('P8: the overview says the fake-image offence is reported, with its hedge', async () => {
    const { text } = await render('overview');
    expect(text).toContain(`Making a fake intimate image, or asking someone to make one, is reported to be a crime since ${fact('deepfakeOffencesStart')}`);
    expect(text).not.toMatch(/asking someone to make one, is a crime too/);
    expect(text).toContain(hedgeFor('deepfakeOffencesStart'));
  });

  it('P10: civil routes says StopNCII can be used before a threatened image is posted, from its own FAQ', async () => {
    const { html, text } = await render('civil-routes-and-removal');
    expect(text).toContain('You do not have to wait for the image to be posted. If someone is threatening to share it, StopNCII suggests creating a case straight away');
    expect(html).toContain('href="https://stopncii.org/faq/"');
  });

  it.each(lawPageSlugs)('P10: %s gives the Revenge Porn Helpline’s opening hours beside its number', async (slug) => {
    const { text } = await render(slug);
    expect(text).toContain('0345 6000 459 (for adults in the UK; Monday to Friday, 10am to 4pm, not on bank holidays)');
  });

  it('P11: the s.66C exemptions include reasonable belief, and images of a child, not only young children', async () => {
    const { text } = await render('england-and-wales');
    expect(text).toContain('B was in that state voluntarily, or A reasonably believed B was');
    expect(text).toContain('the image had already been shared in public and B had consented to that, or A reasonably believed both');
    expect(text).toContain('images of a child (anyone under 18) of a kind usually shared between family and friends');
    expect(text).not.toMatch(/young children/);
  });

  it('P12: anonymity and automatic special measures are what the 2015 offence lacks, and the basic offence can be convicted in the Crown Court', async () => {
    const { text } = await render('england-and-wales');
    expect(text).toContain(
      `Lifelong anonymity and automatic eligibility for special measures come with these offences, so they apply to things that happened from ${fact('ew2024OffencesStart')}. They do not apply to the 2015 offence, although its victims could still ask the court for special measures`,
    );
    expect(text).not.toMatch(/This applies to things that happened from [^.]*\. It does not apply to the 2015 offence\./);
    expect(text).toContain('A Crown Court jury trying one of the more serious offences can also convict of it instead');
    expect(text).not.toMatch(/Heard only in a magistrates/);
  });

  it('RO12 and RO14: the voyeurism recording limb is hedged, and no page gives the base taking offence a 2-year maximum', async () => {
    const related = await render('related-offences');
    expect(related.text).toContain('The recording part may since have been replaced by the new taking offences below');
    for (const slug of ['related-offences', 'england-and-wales'] as const) {
      const { text } = await render(slug);
      const taking = text.slice(text.search(/(new offences of taking|crime to take or record)/));
      expect(taking.slice(0, 600), slug).not.toMatch(/\d+ years|maximum of|reported maximum/);
      expect(text, slug).not.toContain(fact('takingOffenceSection'));
    }
  });

  it.each(lawPageSlugs)('P13: %s states each registry fact it lists, read from the registry', async (slug) => {
    const { text } = await render(slug);
    for (const id of lawPage(slug).facts) expect(text, `${slug} lists ${id}`).toContain(fact(id));
  });

  it('P13: the Scotland, 2015, related-offences and reporting pages show their numbers from the registry', async () => {
    expect((await render('scotland')).text).toContain(`The maximum sentence is ${fact('scotlandMaximum')}.`);
    const f2015 = (await render('the-2015-offence')).text;
    expect(f2015).toContain(`for sentences given on or after ${fact('s33GuidelineFrom')}. Its range is ${fact('s33GuidelineRange')}`);
    expect(occurrences(f2015, fact('s33Maximum'))).toBeGreaterThanOrEqual(2);
    const related = (await render('related-offences')).text;
    for (const id of ['coerciveControlInForce', 'coerciveControlMaximum', 'coerciveControlExPartnersFrom', 'stalkingFearMaximum', 'blackmailMaximum', 'maliciousCommunicationsMaximum'] as const) {
      expect(related).toContain(fact(id));
    }
    const reporting = (await render('reporting-to-the-police')).text;
    expect(reporting).toContain(`came into force on ${fact('victimsCodeInForce')}. It gives you ${fact('victimsCodeRights')}.`);
    expect(reporting).toContain(`refer you to support services, within ${fact('victimsCodeReferralDays')} of your report`);
    expect(reporting).toContain(hedgeFor('victimsCodeReferralDays'));
  });

  it.each(lawPageSlugs)('sources a reader can cite: %s links only sources that pass the check', async (slug) => {
    const { html } = await render(slug);
    const aside = /<aside class="sources"[\s\S]*?<\/aside>/.exec(html)![0];
    const links = [...aside.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(lawSourceProblems(link), `${slug}: ${link}`).toEqual([]);
    expect(sourcesText(html)).not.toMatch(/Lawtons|Waldrons|Forrest Williams|Corker Binning|Londra Gazete|End the Fear|Wired-Gov|Accountability Index/);
  });

  it.each(lawPageSlugs)('one how-sure box: %s has one "How sure we are" box, and each doubt is said once, in it', async (slug) => {
    const { html, text } = await render(slug);
    expect(occurrences(html, '>How sure we are</h2>')).toBe(1);
    const box = sectionText(html, 'how-sure-heading');
    for (const line of howSureLines(slug)) {
      expect(box).toContain(line.text);
      expect(box).toContain(`${line.text} (Checked ${formatDate(line.checked)}.)`);
      expect(occurrences(text, line.text), `${slug} repeats: ${line.text}`).toBe(1);
    }
    for (const id of lawPage(slug).facts.filter((candidate) => hedgeFor(candidate) !== '')) {
      expect(box, `${slug}: ${id}`).toContain(hedgeFor(id));
    }
  });

  it('one how-sure box: the England and Wales page has no doubt in its running text, and the 2026 Act notes are not repeated', async () => {
    const { html, text } = await render('england-and-wales');
    const running = text.replace(sectionText(html, 'how-sure-heading'), ' ');
    expect(running).not.toMatch(/the official page we could read stops before those subsections/);
    expect(running).not.toMatch(/We have seen the details of the Crime and Policing Act 2026/);
    expect(running).not.toMatch(/We have not yet confirmed the maximum sentence/);
    expect(occurrences(text, hedgeFor('contentReportSection'))).toBe(1);
    expect(html).not.toContain('class="inset fact-hedge"');
  });

  it('one how-sure box: Northern Ireland says once, in the box, what is unknown and why, and the law index gives it a date', async () => {
    const { html, text } = await render('northern-ireland');
    const box = sectionText(html, 'how-sure-heading');
    expect(box).toContain('Why its start date and maximum sentence are not settled');
    expect(text.replace(box, ' ')).not.toMatch(/We have not confirmed/);
    expect((await render('overview')).text).toContain(`Northern Ireland, in force by ${fact('niOffenceCertainlyInForce')}`);
  });

  it.each(lawPageSlugs)('what changed line: %s shows a dated "What changed" beside "Last reviewed"', async (slug) => {
    const { html } = await render(slug);
    const { whatChanged } = lawPage(slug);
    const sources = sourcesText(html);
    expect(sources).toContain(`What changed (${formatDate(whatChanged.date)}): ${whatChanged.summary}`);
    expect(sources.indexOf('What changed')).toBeGreaterThan(sources.indexOf('Last reviewed'));
    expect(html).toContain(`What changed (<time dateTime="${whatChanged.date}">`);
  });
});
