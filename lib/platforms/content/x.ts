// Evidence-capture and reporting guidance for X (formerly Twitter).
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const xContent: PlatformContent = {
  id: 'x',
  summary: 'Posts, profiles and direct messages on X (formerly Twitter)',
  identifiers: ['link', 'username'],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Save the full web address (URL) of each post.',
      'Capture the @handle and the display name of the account.',
      'Make sure the date and time of the post show.',
      'Capture the profile page of the account.',
      'Capture any direct messages, with the dates and times.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead: the account, the text, the replies and the date.',
    ],
    copyLinkInApp: [
      "If you can't find a way to copy the link in the app, open the post in a web browser instead.",
    ],
    copyLinkOnWeb: [
      'Open the post in a web browser.',
      'Copy the full web address from the address bar.',
      'A post address looks like x.com/handle/status/ followed by a long number.',
      'Keep the whole address. The long number identifies the post even if the account changes its handle.',
      'Old twitter.com addresses still work, so keep them as they are.',
    ],
    downloadYourData: [
      'Go to More, then Settings and privacy.',
      'Go to Your account, then Download an archive of your data.',
      'Confirm it is you with your password and a code.',
      'Tap Request archive.',
      'It can take from 24 hours to several days. You download it while logged in.',
      'The archive includes your posts, direct messages and media. Keep it somewhere private and do not share it.',
      'Menus change often. If the labels are different, search the settings for Download an archive.',
    ],
  },
  traps: [
    {
      title: 'Handles and names can change',
      detail:
        'The @handle and display name can change, but the number in a post address does not. Save the full address of every post.',
    },
    {
      title: 'Copyright claims can reveal who you are',
      detail:
        "A copyright (DMCA) claim can pass your details to the person who posted the content. Use X's intimate-media route instead.",
    },
    {
      title: 'The report wording may differ in the UK',
      detail:
        "The report route we could check on X's help pages is written for US users. In the UK the menu wording may be different: choose the option closest to private or intimate content shared without consent.",
    },
    {
      title: 'Reporting can remove your evidence',
      detail:
        'If a report works, the post may be taken down before you have a record of it. Capture everything first. If you might want police action, think about contacting the police before you report.',
    },
  ],
  reporting: {
    route: 'Report private or non-consensual content on X',
    helpUrl: 'https://help.x.com/en/rules-and-policies/us-tida',
    steps: [
      'Capture your evidence first.',
      'Open the post and tap the three dots (…).',
      'Choose the option for private or non-consensual content. X describes this for US users; in the UK the wording may be different.',
      'Fill in the form that opens.',
      'You, or someone you have authorised, may need to make the report.',
      'X may email you to ask for proof of identity. It says it destroys these documents after review.',
      'Save any confirmation email.',
    ],
    reportedPersonTold: 'X says it will not tell the person you report who reported them.',
  },
  stopNcii: {
    status: 'not-listed',
    note: 'X is not in any StopNCII.org partner list we have seen, so report the content to X directly.',
  },
  sources: [
    {
      title: 'X Help Centre: reporting non-consensual intimate media (US)',
      url: 'https://help.x.com/en/rules-and-policies/us-tida',
      kind: 'official',
    },
    {
      title: 'X Help Centre: intimate media policy',
      url: 'https://help.x.com/en/rules-and-policies/intimate-media',
      kind: 'official',
    },
    sharedSources.rphFaq,
    sharedSources.rphSharedWithoutConsent,
    {
      title: 'X developers: the canonical address of a post',
      url: 'https://dev.to/xdevs/getting-to-the-canonical-url-for-a-tweet-85e',
      kind: 'third-party',
    },
    {
      title: 'X addresses after the move from twitter.com',
      url: 'https://imba.missouri.edu/what-is-a-twitter-url-4054573269.html',
      kind: 'third-party',
    },
    {
      title: 'How to download an archive of your X data',
      url: 'https://www.hollywatch.org/download/how-to-download-an-archive-of-your-twitter-data-2/',
      kind: 'third-party',
    },
    {
      title: 'What the X data archive contains',
      url: 'https://grokipedia.com/page/X_data_archive',
      kind: 'third-party',
    },
    {
      title: 'Takedowns on X and the copyright (DMCA) route',
      url: 'https://consentlawyers.com/diy-help/takedown-resources/twitter-takedowns/',
      kind: 'third-party',
    },
  ],
  lastReviewed: '2026-11-28',
};
