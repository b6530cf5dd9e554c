/**
 * The legal guidance: every law page renders with its summary, its "not legal advice" note, its
 * sources and last-reviewed date, passes axe and talks to no other site; and "Which law applies
 * to me?" gives the right answer with JavaScript on and off, without putting the answers in the
 * address.
 */
import { expect, test, type Page } from '@playwright/test';
import { lawPageHref, lawPages } from '@/lib/law/pages';
import { expectNoAxeViolations } from './support/axe';
import { recordRequests } from './support/requests';

for (const lawPage of lawPages) {
  const path = lawPageHref(lawPage.slug);
  test(`${path} shows its guidance with sources and a last-reviewed date`, async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lawPage.title);
    await expect(page).toHaveTitle(new RegExp(`^${lawPage.title.replace(/[?()]/g, '\\$&')}`));
    await expect(page.getByRole('heading', { name: 'In short' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'This is information, not legal advice' })).toBeVisible();

    const sources = page.getByRole('complementary', { name: 'Sources' });
    await expect(sources.getByRole('listitem')).toHaveCount(lawPage.sources.length);
    await expect(sources.getByRole('link', { name: lawPage.sources[0]!.title })).toHaveAttribute(
      'href',
      lawPage.sources[0]!.url,
    );
    await expect(sources).toContainText(/Last reviewed: \d{1,2} \w+ 20\d\d/);

    await expectNoAxeViolations(page);
    expect(requests.foreign(new URL(baseURL!).origin)).toEqual([]);
  });
}

type Case = {
  name: string;
  where: string;
  date: [day: string, month: string, year: string];
  what?: string;
  image?: string;
  expected: (string | RegExp)[];
  /** Helpline numbers the answer must not show, because they are for another nation. */
  notShown?: string[];
};

const cases: Case[] = [
  {
    name: 'sharing in England in 2016',
    where: 'England',
    date: ['1', '6', '2016'],
    expected: [
      'Yes. In England and Wales, this was covered by a specific crime at the time.',
      'Criminal Justice and Courts Act 2015, section 33',
      '2 years in prison',
      /meant to cause you distress/,
    ],
  },
  {
    name: 'sharing in England in 2025',
    where: 'England',
    date: ['10', '3', '2025'],
    expected: [
      'Yes. In England and Wales, this was covered by a specific crime at the time.',
      'Sexual Offences Act 2003, section 66B(1) to (3)',
      /^6 months in prison for the basic offence/,
      /anonymous for life/,
      '0808 2000 247',
    ],
    notShown: ['0800 027 1234'],
  },
  {
    name: 'a real image, edited, shared in England in 2019',
    where: 'England',
    date: ['20', '5', '2019'],
    image: 'It is a real intimate image that was edited',
    expected: [
      'Yes. In England and Wales, this was covered by a specific crime at the time.',
      'Criminal Justice and Courts Act 2015, section 33',
      /A real intimate image that had been edited in some other way, such as cropped, filtered or captioned, still did/,
      /no time limit for starting a prosecution/,
    ],
  },
  {
    name: 'a threat to share in England in 2025',
    where: 'England',
    date: ['10', '3', '2025'],
    what: 'They threatened to share it',
    expected: [
      'Yes. In England and Wales, this was covered by a specific crime at the time.',
      'Sexual Offences Act 2003, section 66B(4)',
      /^2 years in prison/,
      /does not have to prove that the image exists/,
    ],
  },
  {
    name: 'sharing in Scotland in 2019',
    where: 'Scotland',
    date: ['14', '2', '2019'],
    expected: [
      'Yes. In Scotland, this was covered by a specific crime at the time.',
      'Abusive Behaviour and Sexual Harm (Scotland) Act 2016, section 2',
      '5 years in prison',
      /reckless/,
      '0800 027 1234',
    ],
    notShown: ['0808 2000 247'],
  },
  {
    name: 'sharing in Northern Ireland in 2025',
    where: 'Northern Ireland',
    date: ['10', '3', '2025'],
    expected: [
      'Yes. In Northern Ireland, this was covered by a specific crime at the time.',
      'Justice Act (Northern Ireland) 2016, section 51',
      'Not yet confirmed from an official source',
      /We have not yet checked this against the law itself/,
    ],
  },
];

/** An option's label, whose accessible name may go on with the option's hint. */
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function answer(
  page: Page,
  { where, date, what = 'They shared the image, or showed it to someone', image = 'It is real' }: Case,
) {
  await page.getByRole('group', { name: 'Where did it happen?' }).getByLabel(where, { exact: true }).check();
  const when = page.getByRole('group', { name: 'When did it happen?' });
  await when.getByLabel('I know the date').check();
  await when.getByLabel('Day').fill(date[0]);
  await when.getByLabel('Month').fill(date[1]);
  await when.getByLabel('Year').fill(date[2]);
  await page.getByRole('group', { name: 'What happened?' }).getByLabel(startsWith(what)).check();
  await page.getByRole('group', { name: 'Is the image real, edited or fake?' }).getByLabel(startsWith(image)).check();
  await page.getByRole('group', { name: /under 18/ }).getByLabel('No', { exact: true }).check();
  await page.getByRole('button', { name: 'Show which law applies' }).click();
}

/** Fails if any request, or the final address, carried an answer. */
function expectNoAnswersInUrls(urls: string[], page: Page) {
  for (const url of [...urls, page.url()]) {
    const { pathname, search } = new URL(url);
    if (pathname === '/law/which-law') expect(search, url).toBe('');
    expect(url).not.toMatch(/nation=|when-|under18=|england|scotland|northern-ireland/i);
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`Which law applies to me? with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    for (const which of cases) {
      test(`answers ${which.name}`, async ({ page }) => {
        const requests = recordRequests(page);
        await page.goto('/law/which-law');
        await answer(page, which);

        const result = page.getByRole('region', { name: 'Your answer' });
        await expect(result).toBeVisible();
        await expect(result.locator('p.lead')).toHaveText(which.expected[0] as string);
        for (const text of which.expected.slice(1)) await expect(result.getByText(text).first()).toBeVisible();
        for (const number of which.notShown ?? []) await expect(result).not.toContainText(number);
        await expect(result.getByRole('link', { name: 'Reporting to the police' })).toBeVisible();

        // The form comes back with the answers just given, ready to change.
        await expect(page.getByRole('heading', { name: 'Change your answers' })).toBeVisible();
        await expect(page.getByLabel(which.where, { exact: true })).toBeChecked();
        await expect(page.getByLabel('Year')).toHaveValue(which.date[2]);

        expect(new URL(page.url()).pathname).toBe('/law/which-law');
        expectNoAnswersInUrls(requests.urls, page);
        if (javaScriptEnabled) {
          await expect(page.getByRole('heading', { name: 'Your answer', exact: true })).toBeFocused();
          await expectNoAxeViolations(page);
        }
      });
    }

    test('explains what is missing, in a GOV.UK error summary', async ({ page }) => {
      await page.goto('/law/which-law');
      await page.getByRole('group', { name: 'Where did it happen?' }).getByLabel('Wales').check();
      await page.getByLabel('I know the date').check();
      await page.getByLabel('Day').fill('31');
      await page.getByLabel('Month').fill('2');
      await page.getByLabel('Year').fill('2020');
      await page.getByRole('button', { name: 'Show which law applies' }).click();

      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await expect(summary).toBeVisible();
      await expect(summary.getByRole('link')).toHaveText([
        'The date must be a real date',
        'Select what happened',
        'Select whether the image is real, edited or fake',
        'Select whether the person in the image was under 18',
      ]);
      await expect(page.getByRole('group', { name: 'Where did it happen?' }).getByLabel('Wales')).toBeChecked();
      await expect(page.getByLabel('Day')).toHaveValue('31');
      expect(new URL(page.url()).search).toBe('');

      await summary.getByRole('link', { name: 'Select what happened' }).click();
      await expect(page.getByLabel('They shared the image, or showed it to someone')).toBeFocused();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    });

    test('for an image of someone under 18, gives the adult law as well, and the route by age now', async ({ page }) => {
      await page.goto('/law/which-law');
      await page.getByLabel('England', { exact: true }).check();
      await page.getByRole('group', { name: 'When did it happen?' }).getByLabel('In England or Wales, on or after 31 January 2024').check();
      await page.getByLabel('They threatened to share it', { exact: true }).check();
      await page.getByLabel('It is real', { exact: true }).check();
      await page.getByRole('group', { name: /under 18/ }).getByLabel('Yes', { exact: true }).check();
      await page.getByRole('button', { name: 'Show which law applies' }).click();

      const result = page.getByRole('region', { name: 'Your answer' });
      await expect(result.locator('p.lead')).toContainText(
        'the laws on indecent images of children apply as well as the laws on intimate images below',
      );
      await expect(result.getByText('Sexual Offences Act 2003, section 66B(4)')).toBeVisible();
      await expect(result).toContainText('Protection of Children Act 1978');
      await expect(result).toContainText('If you are under 18 now, Report Remove');
      await expect(result).toContainText('If you are 18 or over now but were under 18 in the image, Report Remove is not for you');
      await expect(result.getByRole('link', { name: '0800 1111' })).toHaveAttribute('href', 'tel:08001111');
      await expect(result.getByRole('link', { name: 'If the person in the image was under 18' })).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    });
  });
}
