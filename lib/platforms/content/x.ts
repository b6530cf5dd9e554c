// Evidence-capture and reporting guidance for X (formerly Twitter).
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const xContent: PlatformContent = {
  id: 'x',
  summary: 'Posts, profiles and direct messages on X (formerly Twitter)',
  identifiers: ['link', 'username'],
  doNow: [
    'Copy the link to each post: tap Share, then Copy link. Keep it as it is.',
    'Note the @handle and the display name, and the date.',
    'Take screenshots of the replies and messages, with the times, but not the image itself. Read the warning about XChat above first.',
  ],
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
      'Tap Share (the arrow) under the post, then Copy link. Keep the link as it is.',
      "If you can't find Copy link, open the post in a web browser instead.",
    ],
    copyLinkOnWeb: [
      'If the post is already open in a web browser, scroll so that any image is off the screen. You do not need to open it to copy its link.',
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
      'The archive includes your direct messages and the media in them, and X does not offer a way to leave media out. If an image was sent to you in a direct message, think about screenshots of the messages instead.',
      'Menus change often. If the labels are different, search the settings for Download an archive.',
    ],
  },
  traps: [
    {
      title: 'Encrypted chats (XChat) may block screenshots or tell the other person',
      detail:
        "News reports say X's direct messages are moving to XChat, which is end-to-end encrypted, can make messages disappear on a timer, and can block screenshots or tell the other person when you take one. Assume it may. Capture the chat as soon as you can. If a screenshot is blocked, write down the username, the times and what was said, and report from the chat.",
      beforeCapture: true,
    },
    {
      title: 'Handles and names can change',
      detail:
        'The @handle and display name can change, but the number in a post address does not. Save the full address of every post.',
    },
    {
      title: 'The Take It Down Act form is for the US',
      detail:
        "X's report flow that ends in Report content under the US Take It Down Act, and its form, are for people in the US. In the UK, use the report option for private or intimate content, or X's private-information form.",
    },
    reportingCanRemoveEvidence('post'),
  ],
  reporting: {
    route: "X's report option for private or intimate content, or its private-information form",
    helpUrl: 'https://help.x.com/en/rules-and-policies/intimate-media',
    steps: [
      'Capture your evidence first.',
      'Open the post and tap the three dots (…), then Report.',
      'Choose the option for private or intimate content shared without consent, or the closest one you can see.',
      "Or use X's form for reporting private information, which covers intimate images. Its help page links to it.",
      'Fill in the form that opens.',
      'You, or someone you have authorised, may need to make the report.',
      'X may email you to ask for proof of identity. It says it destroys these documents after review.',
      'Save any confirmation email.',
    ],
    reportedPersonTold:
      'X says it will not tell the person you report who reported them. If it removes the post, assume they will be told it was removed.',
    withoutAccount:
      "If X's form asks for an account you do not have, or you would rather not use it, the Revenge Porn Helpline can report to X for you.",
  },
  stopNcii: {
    status: 'unverified',
    note: "Some 2025 news reports list X as a StopNCII.org partner, but StopNCII's own list may not, so report the content to X directly as well.",
  },
  sources: [
    {
      title: 'X Help Centre: non-consensual nudity (intimate media) policy and how to report it',
      url: 'https://help.x.com/en/rules-and-policies/intimate-media',
      kind: 'official',
    },
    {
      title: 'X Help Centre: private information policy (the global reporting route)',
      url: 'https://help.x.com/en/rules-and-policies/personal-information',
      kind: 'official',
    },
    {
      title: 'X Help Centre: reporting under the US Take It Down Act (US only)',
      url: 'https://help.x.com/en/rules-and-policies/us-tida',
      kind: 'official',
    },
    sharedSources.rphFaq,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.rphReportingToSocialMedia,
    sharedSources.xchatPress,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (M4, H1, H3, L17): added the XChat warning, shown before the capture steps, from press and third-party reports only (Vigil Kids, May 2026; Dataconomy, September 2025): nothing on help.x.com describes XChat's screenshot blocking or alerts, so the page says 'news reports say' and 'assume it may'. Whether X's form needs an account is still not confirmed. November 2026: fixed the audit's high finding: the help link and steps followed X's US Take It Down Act page; they now follow the intimate-media policy and the global private-information route, with TIDA kept as a US-only source. StopNCII status set to unverified (press lists conflict; stopncii.org not read). Dropped content-farm and spam sources.",
};
