import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { whichLaw, type WhichLawQuestion } from '@/lib/law/which-law';
import { WhichLawAnswer } from './which-law-answer';

/** The answer as a reader sees it: text only, spaces collapsed. */
function read(question: Partial<WhichLawQuestion> & Pick<WhichLawQuestion, 'when'>) {
  const result = whichLaw({ nation: 'england', what: 'shared', image: 'real', under18: 'no', ...question });
  const html = renderToStaticMarkup(<WhichLawAnswer result={result} answers={[]} headingId="answer" />);
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&rsquo;|&#x27;/g, '’')
    .replace(/&ldquo;|&rdquo;|&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return { html, text, result };
}

describe('WhichLawAnswer', () => {
  it('walk 3: ends the maximum sentence before its hedge, instead of running them together', () => {
    const { text } = read({ when: { kind: 'date', date: '2025-03-10' }, what: 'threatened' });
    expect(text).toMatch(/Maximum sentence 2 years in prison\. These maximum sentences come from/);
    expect(text).not.toMatch(/in prison These/);
  });

  it('walk 3: the taking offence from 29 June 2026 reads as reported, not as a plain yes', () => {
    const { text } = read({ when: { kind: 'date', date: '2026-08-01' }, what: 'taken' });
    expect(text).toMatch(/Your answer Probably\./);
    expect(text).toMatch(/A specific crime appears to cover this, but we have not confirmed when it started\./);
    expect(text).toMatch(/Reported to be 6 months in prison for the basic offence; up to 2 years in prison is reported only if/);
    expect(text).toMatch(/reported to be in force from 29 June 2026/);
  });

  it('P12: a voyeurism finding says the crime needed its purpose', () => {
    const { text } = read({ when: { kind: 'date', date: '2020-06-01' }, what: 'taken' });
    expect(text).toMatch(/A specific crime covered this if they did it for sexual gratification/);
    expect(text).not.toMatch(/Yes\. In England and Wales/);
  });

  it('walk 3: lists the sources for this answer only', () => {
    const { html, text, result } = read({ nation: 'scotland', when: { kind: 'date', date: '2025-03-10' } });
    expect(text).toMatch(/Sources for this answer/);
    for (const source of result.sources) expect(html).toContain(`href="${source.url.replace(/&/g, '&amp;')}"`);
    expect(text).not.toMatch(/Criminal Justice and Courts Act 2015|Justice Act \(Northern Ireland\)/);
  });

  it('P10: shows the Revenge Porn Helpline’s hours beside its number, and how to get the image taken down', () => {
    const { html, text } = read({ when: { kind: 'date', date: '2025-03-10' } });
    expect(text).toMatch(/Revenge Porn Helpline : 0345 6000 459 \(Monday to Friday, 10am to 4pm, not on bank holidays\)/);
    expect(text).toMatch(/Getting it taken down To get it taken down: .*StopNCII\.org/);
    expect(text).toMatch(/intimate image content report/);
    expect(html).toContain('<a href="/law/civil-routes-and-removal">Getting images removed and going to court yourself</a>');
  });

  it('P5: tells a reader to report even when the person is abroad', () => {
    const { text } = read({ when: { kind: 'date', date: '2025-03-10' } });
    expect(text).toMatch(/If the person who did it is in another country, report it anyway/);
  });

  it('P9: gives the fake-image maximum with its hedge, instead of "not yet confirmed"', () => {
    const { text } = read({ when: { kind: 'date', date: '2026-03-01' }, what: 'created', image: 'fake' });
    expect(text).toMatch(/Maximum sentence 6 months in prison for creating one\. The law says the maximum is the one for offences heard only in a magistrates’ court/);
  });
});
