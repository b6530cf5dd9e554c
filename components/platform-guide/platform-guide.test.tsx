/**
 * The platform guides, the evidence overview and the screenshot guide as a reader gets them: the
 * markup the server sends (the guides are static pages with no JavaScript), read as text in the
 * order it appears. Each finding of the December 2026 review of the guides has a test named for
 * it that would fail on the guides as they were.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { helpline } from '@/lib/urgent-help';
import { screenshotAlertApps } from '@/lib/platforms/evidence-pages';
import { findPlatform, platforms } from '@/lib/platforms/registry';
import { guideCopy, revengePornHelplineHours, sharedBlock } from '@/lib/platforms/shared-guidance';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformEntry } from '@/lib/platforms/types';
import { EvidenceOverview } from './evidence-overview';
import { PlatformGuide } from './platform-guide';
import { ScreenshotGuide } from './screenshot-guide';

const entities: Record<string, string> = { '&#x27;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ' };

/** Markup as text, in reading order, with one space between elements. */
function readAsText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&quot;|&amp;|&lt;|&gt;|&nbsp;/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ');
}

const markupOf = (platform: PlatformEntry) => renderToStaticMarkup(<PlatformGuide platform={platform} />);
const textOf = (platform: PlatformEntry) => readAsText(markupOf(platform));
const entry = (id: string) => findPlatform(id)!;

/** Where `needle` first appears in `text`, failing loudly if it does not appear at all. */
function at(text: string, needle: string, what: string): number {
  const index = text.indexOf(needle);
  expect(index, `${what} is not on the page: "${needle.slice(0, 80)}"`).toBeGreaterThanOrEqual(0);
  return index;
}

/** The part of the markup from a data-guide-part marker to the end of its element. */
function part(html: string, name: string, closing = '</div>'): string {
  const start = html.indexOf(`data-guide-part="${name}"`);
  expect(start, `no ${name} part`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf(closing, start));
}

const under18 = sharedBlock('under-18');
const willTheyKnow = sharedBlock('will-they-know');
const rph = helpline('revenge-porn-helpline');

/** Every step on a guide that captures, copies or downloads something. */
const captureSteps = (platform: PlatformEntry) => [
  ...platform.doNow,
  ...platform.capture.whatToCapture,
  ...platform.capture.copyLinkInApp,
  ...platform.capture.copyLinkOnWeb,
  ...platform.capture.downloadYourData,
];

describe('the platform guides, as a reader sees them', () => {
  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    'H1: %s shows the under-18 warning and its screenshot warnings before any step that captures or downloads',
    (id, platform) => {
      const text = textOf(platform);
      const firstCapture = Math.min(...captureSteps(platform).map((step) => at(text, step, `${id} step`)));
      const firstListedStep = Math.min(
        ...[...platform.capture.whatToCapture, ...platform.capture.downloadYourData].map((step) => at(text, step, `${id} step`)),
      );
      expect(at(text, guideCopy.under18Line, 'the under-18 line'), 'the under-18 line comes first').toBeLessThan(firstCapture);
      expect(at(text, under18.points[1]!, 'the under-18 block'), 'the under-18 block comes before What to capture').toBeLessThan(
        firstListedStep,
      );
      const warnings = platform.traps.filter((candidate) => candidate.beforeCapture);
      for (const trap of warnings) {
        expect(at(text, trap.title, trap.title), `${trap.title}: named in the top box`).toBeLessThan(firstCapture);
        expect(at(text, trap.detail, trap.title), `${trap.title}: in full before the capture list`).toBeLessThan(firstListedStep);
      }
      const last = warnings.at(-1);
      if (last) {
        const end = at(text, last.detail, last.title) + last.detail.length;
        expect(text.slice(end, at(text, 'What to capture', 'the capture list')).trim(), 'directly before the capture list').toBe('');
      }
    },
  );

  it('H1: the apps that tell the other person about a screenshot warn before the capture list (Messenger, Instagram, Telegram, Snapchat, X)', () => {
    for (const id of ['facebook', 'instagram', 'telegram', 'snapchat', 'x']) {
      const platform = entry(id);
      const warnings = platform.traps.filter((trap) => trap.beforeCapture && /screenshot/i.test(trap.detail));
      expect(warnings.length, `${id} has a screenshot warning placed before capture`).toBeGreaterThan(0);
      const text = textOf(platform);
      for (const warning of warnings) {
        expect(at(text, warning.detail, id)).toBeLessThan(at(text, 'What to capture', id));
      }
    }
  });

  it('H1: the evidence overview puts the under-18 block and the screenshot warnings before its first capture step', () => {
    const text = readAsText(renderToStaticMarkup(<EvidenceOverview />));
    const firstStep = at(text, '1. Capture first', 'the first step');
    expect(at(text, guideCopy.under18Line, 'the under-18 line')).toBeLessThan(firstStep);
    expect(at(text, under18.points[1]!, 'the under-18 block')).toBeLessThan(firstStep);
    expect(at(text, 'Some apps tell the other person about a screenshot', 'the screenshot warnings')).toBeLessThan(firstStep);
  });

  it('H1: the screenshot guide lists the apps that notify or block screenshots before the device steps', () => {
    const text = readAsText(renderToStaticMarkup(<ScreenshotGuide />));
    expect(at(text, guideCopy.under18Line, 'the under-18 line')).toBeLessThan(at(text, 'iPhone', 'the first device'));
    expect(at(text, 'Apps that notify or block screenshots', 'the list')).toBeLessThan(at(text, 'Face ID', 'the first step'));
  });

  it('H2: the YouTube guide says the uploader is told and given 48 hours, and puts the police or the helpline before the privacy complaint', () => {
    const youtube = entry('youtube');
    const text = textOf(youtube);
    expect(youtube.reporting.reportedPersonTold).toMatch(/tells the uploader.*48 hours/);
    const told = at(text, youtube.reporting.reportedPersonTold, 'whether the uploader is told');
    const complaintStep = at(text, 'You can also make a privacy complaint', 'the privacy complaint step');
    const policeFirst = at(text, 'talk to the police or the Revenge Porn Helpline before you report anything', 'police or helpline first');
    expect(told).toBeLessThan(complaintStep);
    expect(policeFirst).toBeLessThan(complaintStep);
    expect(at(text, 'Capture your evidence first', 'capture first')).toBeLessThan(policeFirst);
    expect(text).toContain('A privacy complaint tells the uploader');
    // The complaint is never offered as the way to avoid contacting him.
    expect(text).not.toMatch(/use the privacy complaint straight away/i);
    expect(youtube.reporting.route).not.toMatch(/^YouTube's privacy complaint process$/);
  });

  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    'H3: %s says whether reporting tells the poster, and what to do if he might react, before the report steps',
    (id, platform) => {
      expect(platform.reporting.reportedPersonTold, id).not.toMatch(/not been able to confirm/i);
      const text = textOf(platform);
      const told = at(text, platform.reporting.reportedPersonTold, 'whether the poster is told');
      const removal = at(text, 'if it removes the post, it usually tells them it was removed, and they may guess it was you', 'the removal point');
      const react = at(text, 'If they might react', 'what to do if he might react');
      const before = at(text, 'before you report', 'police or helplines before reporting');
      const steps = at(text, 'How to report', 'the report steps');
      expect(at(text, `Report it to ${platform.reportTo ?? platform.name}`, 'the Report it heading')).toBeLessThan(told);
      for (const point of [told, removal, react, before]) expect(point).toBeLessThan(steps);
      const markup = markupOf(platform);
      expect(markup).toContain('href="/staying-safe-online"');
      expect(readAsText(part(markup, 'do-now'))).toContain(rph.number);
      expect(willTheyKnow.collapsed, 'a warning is never folded away').toBe(false);
    },
  );

  it('H3: the platforms that say whether the poster is told are quoted from their own pages', () => {
    expect(entry('snapchat').reporting.reportedPersonTold).toMatch(/usually tells them if it removes content/);
    expect(entry('google-drive-photos').reporting.reportedPersonTold).toMatch(/may tell the other person/);
    expect(entry('facebook').reporting.reportedPersonTold).toMatch(/does not include anything about who reported/);
    expect(entry('dating-apps').reporting.reportedPersonTold).toMatch(/Bumble says it will not tell/);
    expect(entry('tiktok').reporting.reportedPersonTold).toMatch(/TikTok says it will not tell/);
    expect(entry('x').reporting.reportedPersonTold).toMatch(/X says it will not tell/);
    expect(entry('youtube').reporting.reportedPersonTold).toMatch(/tells the uploader/);
  });

  it('M4: the X guide warns about XChat before the capture steps, and the screenshot guide lists X', () => {
    const x = entry('x');
    const xchat = x.traps.find((trap) => /XChat/.test(trap.title));
    expect(xchat?.beforeCapture).toBe(true);
    expect(xchat?.detail).toMatch(/News reports say/);
    expect(xchat?.detail).toMatch(/write down the username, the times and what was said/);
    const text = textOf(x);
    expect(at(text, xchat!.detail, 'the XChat warning')).toBeLessThan(at(text, x.capture.whatToCapture[0]!, 'the first capture step'));
    expect(screenshotAlertApps.map(({ app }) => app)).toContain('X');
    const screenshots = readAsText(renderToStaticMarkup(<ScreenshotGuide />));
    expect(screenshots).toMatch(/X news reports say its encrypted chats \(XChat\) can block screenshots or tell the other person/);
  });

  it('M5: the under-18 block gives adults now the IWF report first and Take It Down second, and under-18s now Report Remove and Take It Down', () => {
    const text = readAsText(renderToStaticMarkup(<PlatformGuide platform={entry('instagram')} />));
    const adults = under18.points.find((point) => point.startsWith('If you are 18 or over now'))!;
    expect(adults).toMatch(/Internet Watch Foundation/);
    expect(adults.indexOf('Internet Watch Foundation')).toBeLessThan(adults.indexOf('Take It Down'));
    expect(adults).toMatch(/needs only the address/);
    const young = under18.points.find((point) => point.startsWith('If you are under 18 now'))!;
    expect(young).toMatch(/Report Remove/);
    expect(young).toMatch(/Take It Down is for under-18s too, and can help with an image that is not public yet/);
    expect(text).toContain(adults);
    expect(text).toContain(young);
    expect(under18.links.map((link) => link.href)).toContain(sharedSources.iwfHome.url);
  });

  it("M6: Google Drive and Photos use Google's own intimate-image form, say Google may tell the other person, and that Photos' Report abuse needs sign-in", () => {
    const google = entry('google-drive-photos');
    expect(google.reporting.helpUrl).toBe('https://support.google.com/blogger/answer/7540088?hl=en-GB');
    const markup = markupOf(google);
    expect(markup).toContain('href="https://support.google.com/blogger/answer/7540088?hl=en-GB"');
    const text = readAsText(markup);
    expect(text).toMatch(/Google Drive, Google Photos, Blogger, Sites, Groups and Classroom/);
    expect(text).toContain('Google says it may tell the other person that it has received a request');
    expect(text).toMatch(/Report abuse in Google Photos needs you to be signed in to a Google Account/);
  });

  it('M7: no step asks her to look at the image again, and any search comes after the warning', () => {
    const views = /Search for your own name|Write down the time in the video|^Open the page in a web browser|^Open the search result/i;
    for (const platform of platforms) {
      for (const step of [...captureSteps(platform), ...platform.reporting.steps]) {
        expect(step, `${platform.id}: "${step}"`).not.toMatch(views);
      }
    }
    for (const platform of platforms) {
      for (const step of platform.capture.copyLinkOnWeb) {
        expect(step, `${platform.id}: copying a link never starts by opening the page`).not.toMatch(/^Open the/);
      }
    }
    const search = entry('search-results');
    const text = textOf(search);
    const warning = at(text, 'Before you search for anything: searching for your name, especially in image search, can show you the image', 'the search warning');
    expect(warning).toBeLessThan(at(text, 'If you do search yourself', 'the search step'));
    expect(search.doNow[0]).toMatch(/Use the links you already have/);
    expect(entry('websites').doNow[0]).toMatch(/Use the link you already have/);
    expect(textOf(entry('youtube'))).toMatch(/Do not watch it again to find them: give an approximate time/);
    expect(textOf(entry('websites'))).toMatch(/ask someone you trust or the Revenge Porn Helpline to do it for you/);
  });

  it.each(platforms.map((platform) => [platform.id, platform] as const))(
    'M8: %s opens with a short do-this-now box, and folds the shared blocks and sources under their headings',
    (id, platform) => {
      expect(platform.doNow.length, `${id}: two or three things to capture`).toBeGreaterThanOrEqual(2);
      expect(platform.doNow.length).toBeLessThanOrEqual(3);
      const markup = markupOf(platform);
      const box = part(markup, 'do-now');
      const boxText = readAsText(box);
      expect(markup.indexOf('data-guide-part="do-now"')).toBeLessThan(markup.indexOf('What to capture'));
      for (const step of platform.doNow) expect(boxText).toContain(step);
      for (const trap of platform.traps.filter((candidate) => candidate.beforeCapture)) expect(boxText).toContain(trap.title);
      expect(box).toContain(`href="${platform.reporting.helpUrl.replace(/&/g, '&amp;')}"`);
      // The report link never goes without the warning that he may find out.
      expect(box).toMatch(/<a href="#block-will-they-know">Before you do, read whether they will know<\/a>/);
      expect(boxText).toContain(`${rph.number}, ${revengePornHelplineHours}`);
      for (const folded of ['before-forms', 'if-refused', 'secure-accounts', 'stop-ncii']) {
        expect(markup, `${folded} folds under its heading`).toMatch(
          new RegExp(`data-block="${folded}"><h[23] id="block-${folded}">[^<]+</h[23]><details class="details"><summary>Show the \\d+ points`),
        );
      }
      for (const open of ['under-18', 'will-they-know']) {
        expect(markup, `${open} stays open`).toMatch(new RegExp(`data-block="${open}"><h[23]`));
      }
      expect(markup).toMatch(/<details class="details" data-guide-part="sources"><summary>Sources, and when this guide was last checked<\/summary>/);
    },
  );

  it('phone first: steps that need a computer come after the phone steps, and say the helpline can do them with her', () => {
    const needsComputer = platforms.filter((platform) => platform.capture.downloadNeedsComputer);
    expect(needsComputer.map((platform) => platform.id).sort()).toEqual(['email', 'facebook', 'telegram']);
    for (const platform of platforms) {
      for (const step of [...platform.doNow, ...platform.capture.whatToCapture]) {
        expect(step, `${platform.id}: a phone step`).not.toMatch(/^(Use a computer|On a computer|Open Telegram Desktop)/);
      }
      if (!platform.capture.downloadNeedsComputer) continue;
      const text = textOf(platform);
      const note = at(text, guideCopy.computerNote, 'the computer note');
      expect(guideCopy.computerNote).toMatch(/Revenge Porn Helpline .* can go through it with you/);
      expect(note).toBeGreaterThan(at(text, platform.capture.whatToCapture.at(-1)!, 'the last phone step'));
      expect(note).toBeLessThan(at(text, platform.capture.downloadYourData[0]!, 'the first computer step'));
    }
  });

  it('L10: TikTok\u2019s web form is described as being for sexual deepfakes and images of a child, with the helpline for the rest', () => {
    const text = textOf(entry('tiktok'));
    expect(text).toContain('is for sexual deepfakes of you and for images of a child');
    expect(text).toMatch(/For any other intimate image, .* the Revenge Porn Helpline can report to TikTok for you/);
    expect(text).not.toMatch(/web form for sexual abuse and sexual deepfakes/);
  });

  it('L11: the websites guide names no unconfirmed Pornhub address or case manager, and no US settlement as her route', () => {
    const text = textOf(entry('websites'));
    expect(text).not.toMatch(/pornhub\.com\/content-removal|case manager|Under a 2025 US settlement/);
    expect(text).toMatch(/Content Removal Request option/);
  });

  it('L13: the download warning sends under-19s to Childline and everyone else to the police', () => {
    const text = textOf(entry('facebook'));
    expect(text).toContain('do not download your data at all. Ask the police what to do first, or Childline if you are under 19.');
    expect(text).not.toMatch(/Ask the police or Childline what to do first/);
  });

  it('L14: the StopNCII block says AI-made images can count, as StopNCII itself says, and cites its FAQ', () => {
    const stopNcii = sharedBlock('stop-ncii');
    expect(stopNcii.points.join(' ')).toMatch(/StopNCII says this can include manipulated images and deepfakes/);
    expect(stopNcii.sources).toContain(sharedSources.stopNciiFaq);
  });

  it('L15: the "if the platform says no" block says Ofcom does not take single reports, and links the law page', () => {
    const markup = markupOf(entry('reddit'));
    const text = readAsText(markup);
    expect(text).toMatch(/Ofcom regulates the platforms, but it does not take reports about a single post or image/);
    expect(markup).toContain('href="/law/civil-routes-and-removal"');
  });

  it('L16: the top box links the staying-safe page, and the sources sit behind one link', () => {
    for (const platform of platforms) {
      const markup = markupOf(platform);
      expect(part(markup, 'do-now')).toContain('href="/staying-safe-online"');
      expect(readAsText(part(markup, 'do-now'))).toContain(guideCopy.screenshotsGo);
      const sources = markup.slice(markup.indexOf('data-guide-part="sources"'));
      expect(sources.startsWith('data-guide-part="sources"><summary>'), platform.id).toBe(true);
      expect(markup.indexOf('id="sources-heading"')).toBeGreaterThan(markup.indexOf('data-guide-part="sources"'));
    }
  });

  it('L17: no sentence a victim reads says what we could not confirm; the doubt stays in the review note', () => {
    const doubt = /we have not (been able|confirmed|seen|found)|we cannot say|we could not|not been able to (confirm|read)|may differ from what we describe/i;
    for (const platform of platforms) {
      const text = textOf(platform);
      expect(text, platform.id).not.toMatch(doubt);
    }
    expect(readAsText(renderToStaticMarkup(<EvidenceOverview />))).not.toMatch(doubt);
  });

  it('dating apps link each app\u2019s help page', () => {
    const dating = entry('dating-apps');
    const pages = dating.reporting.appHelpPages ?? [];
    const hosts = Object.fromEntries(pages.map((page) => [page.app, new URL(page.url).hostname]));
    expect(hosts).toEqual({ Bumble: 'bumble.com', Tinder: 'policies.tinder.com', Hinge: 'help.hinge.co' });
    const markup = markupOf(dating);
    for (const page of pages) {
      expect(markup).toContain(`href="${page.url}"`);
      expect(dating.sources.map((source) => source.url), `${page.app} is cited`).toContain(page.url);
    }
  });

  it('no US-only route offered as the UK route', () => {
    const usOnly = /us-tida|take it down act|cybertipline|1-844|\/en-us\/concern\/|Under a 2025 US settlement/i;
    for (const platform of platforms) {
      const markup = markupOf(platform);
      // The source list may cite a US-only page to say it is US-only; the guide itself may not use it.
      const guide = markup.slice(0, markup.indexOf('data-guide-part="sources"'));
      let steps = readAsText(guide);
      // A warning that a route is for the US only is the opposite of offering it.
      for (const trap of platform.traps.filter((candidate) => /for the US|in the US\b/.test(candidate.title + candidate.detail))) {
        steps = steps.replace(trap.title, '').replace(trap.detail, '');
      }
      expect(steps, platform.id).not.toMatch(usOnly);
      expect(platform.reporting.helpUrl, platform.id).not.toMatch(usOnly);
      for (const link of guide.matchAll(/href="([^"]+)"/g)) expect(link[1], platform.id).not.toMatch(usOnly);
    }
    expect(entry('x').reporting.helpUrl).toBe('https://help.x.com/en/rules-and-policies/intimate-media');
    expect(sharedSources.microsoftNciiForm.url).toBe('https://www.microsoft.com/en-gb/concern/revengeporn');
  });
});
