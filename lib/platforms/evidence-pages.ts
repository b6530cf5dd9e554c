/**
 * The sources of the evidence pages that are not platform guides: the overview
 * (app/evidence) and the screenshot and screen-recording guide (app/evidence/screenshots). Kept
 * here so the registry test checks them with the same source hygiene as the platform guides.
 * For the screenshot guide, device makers' own help pages come first; the apps that notify or
 * block screenshots are cited from their own help where we could read it.
 *
 * Pure: no Node, database or environment imports.
 */
import { sharedSources } from './shared-sources';
import type { PlatformSource } from './types';

export const evidenceOverviewSources: readonly PlatformSource[] = [
  sharedSources.rphSharedWithoutConsent,
  sharedSources.rphThreatsToShare,
  sharedSources.rphFaq,
  sharedSources.onlineSosDocumentation,
  {
    title: 'PEN America: documenting online harassment',
    url: 'https://onlineharassmentfieldmanual.pen.org/documenting-online-harassment/',
    kind: 'ngo',
  },
  {
    title: 'RMIT University: collecting evidence (record when you captured it; keep it safe)',
    url: 'https://umi.rmit.edu.au/resources/collecting-evidence',
    kind: 'ngo',
  },
  sharedSources.iwfReportRemove,
  sharedSources.takeItDownFaq,
  sharedSources.ceopReportingNudes,
];

/** ISO date the overview was last checked against its sources. */
export const evidenceOverviewLastReviewed = '2026-12-08';

export const screenshotGuideSources: readonly PlatformSource[] = [
  {
    title: 'Apple Support: take a screenshot on your iPhone (including a full-page screenshot)',
    url: 'https://support.apple.com/en-gb/HT200289',
    kind: 'official',
  },
  {
    title: 'Apple Support: record the screen on your iPhone',
    url: 'https://support.apple.com/en-gb/HT207935',
    kind: 'official',
  },
  {
    title: 'Apple Support: take a screenshot or screen recording on your Mac',
    url: 'https://support.apple.com/en-gb/HT201361',
    kind: 'official',
  },
  {
    title: 'Android Help: take a screenshot or record your screen (including Capture more)',
    url: 'https://support.google.com/android/answer/9075928?hl=en-GB',
    kind: 'official',
  },
  {
    title: 'Microsoft Support: use Snipping Tool to capture screenshots and record the screen',
    url: 'https://support.microsoft.com/en-gb/windows/use-snipping-tool-to-capture-screenshots-00246869-1843-655f-f220-97299b865f6b',
    kind: 'official',
  },
  sharedSources.messengerDisappearingMessages,
  sharedSources.onlineSosDocumentation,
  sharedSources.nationalWorldViewOnce,
  sharedSources.xchatPress,
];

/** An app that tells the other person about a screenshot, or blocks it, for the screenshot guide. */
export type ScreenshotAlertApp = { app: string; detail: string };

/**
 * The apps that notify or block screenshots, as the screenshot guide lists them before its
 * device steps (H1, M4). Each matches the warning in that app's own guide. X's rests on press
 * and third-party reports only (nothing on help.x.com was found), so it says so.
 */
export const screenshotAlertApps: readonly ScreenshotAlertApp[] = [
  { app: 'WhatsApp', detail: 'blocks screenshots and recordings of view-once photos and videos.' },
  {
    app: 'Messenger',
    detail: 'says that in an end-to-end encrypted chat, the people in the chat are told if it detects a screenshot or screen recording.',
  },
  { app: 'Snapchat', detail: 'tells the sender when you screenshot a Snap or chat. Assume a screen recording is noticed too.' },
  { app: 'Instagram', detail: 'may tell the other person about a screenshot in vanish mode or of a view-once photo.' },
  { app: 'Telegram', detail: 'may block screenshots or tell the other person in secret chats.' },
  {
    app: 'X',
    detail:
      'news reports say its encrypted chats (XChat) can block screenshots or tell the other person, and can make messages disappear. Assume they may.',
  },
];

/** ISO date the screenshot guide was last checked against its sources. */
export const screenshotGuideLastReviewed = '2026-12-08';
