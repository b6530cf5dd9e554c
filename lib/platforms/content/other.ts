// General evidence-capture and reporting guidance for any app or website not listed separately.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const otherContent: PlatformContent = {
  id: 'other',
  reportTo: 'the app or site',
  summary: 'Any other app, game or website',
  identifiers: ['link', 'username', 'phone', 'chat-name', 'email'],
  doNow: [
    'Copy the link to the post, profile or message, without opening it again, or note the username if there is no link.',
    'Take screenshots of the account and the messages, with the dates and times, but not the image itself.',
    'Write down what happened and when, in your evidence log.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Capture the web address (URL), ideally inside the screenshot.',
      'Capture the username of the account, and the profile it uses.',
      'Make sure the date and time it was posted or sent show.',
      'Capture public and private messages, especially threats, with their dates and times.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead.',
      "Don't crop out the sender or the time. Edit only a copy, and keep the original.",
      'Keep a log: the date and time, what happened, the username and the web address.',
      'If it is too much to capture everything, save at least the first post, the three latest and the three most worrying.',
    ],
    copyLinkInApp: [
      "If the app has no way to copy a link, record the username, the display name and the date instead.",
    ],
    copyLinkOnWeb: [
      'Copy the link from wherever you found it: press and hold it (or right-click it), then Copy link, without opening it.',
      'If the page is already open in a web browser, copy the full web address from the address bar.',
      'Paste it into your evidence log with the date.',
    ],
    downloadYourData: [
      'If the app lets you export a chat or download your data, do that as well. An export keeps details that a screenshot loses.',
      'Keep any export somewhere private and do not share it.',
    ],
  },
  traps: [
    reportingCanRemoveEvidence('content'),
    {
      title: 'Blocking can cut off your access',
      detail: 'Block the account only after you have captured the messages, profile and links.',
    },
    {
      title: "Don't delete",
      detail: 'Archive or mute chats instead of deleting them.',
    },
    {
      title: 'Where your screenshots go',
      detail:
        'Screenshots can go into shared photo albums or cloud storage that someone else can see. They can also catch private notifications. Check before you save them.',
    },
    {
      title: "Don't reply or pay",
      detail: "Stop contact with the person. Don't negotiate, and don't send money, goods or more images.",
    },
  ],
  reporting: {
    route: "The app or site's own report option, plus the police and helplines",
    helpUrl: sharedSources.rphReportingToSocialMedia.url,
    steps: [
      'Capture your evidence first.',
      "Find the rule in the app or site's guidelines that the content breaks.",
      'Use its report option and choose the reason that matches that rule.',
      'Keep any text you write short and factual: what happened and which rule it breaks.',
      'Report once. Reporting the same thing again and again does not help.',
      'Save any report reference or confirmation email.',
      'Call 999 if you are in immediate danger, or report to the police on 101.',
    ],
    reportedPersonTold:
      'Assume they may find out that their post was reported or removed, even if the app or site does not tell them who reported it.',
    withoutAccount:
      'Many apps and sites let you report without an account, through a web form in their help pages. The Revenge Porn Helpline can report to most social media platforms for you.',
  },
  stopNcii: {
    status: 'unverified',
    note: 'StopNCII.org only works on platforms that take part, so check its partner list for this app or site.',
  },
  sources: [
    sharedSources.rphReportingToSocialMedia,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.rphThreatsToShare,
    sharedSources.rphFaq,
    sharedSources.rphAskAnOfficer,
    sharedSources.swgflHelpline,
    sharedSources.onlineSosDocumentation,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H3, M8): reportedPersonTold says what to assume; a do-now box. November 2026: checked against the November 2026 platform audit rows for other.ts: the helpline number and the under-18 routes now come from the shared blocks (with Report Remove's limit on WhatsApp and Snapchat messages), added that many sites take reports without an account (RPH). Dropped third-party sources.",
};
