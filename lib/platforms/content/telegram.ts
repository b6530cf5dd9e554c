// Evidence-capture and reporting guidance for Telegram.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const telegramContent: PlatformContent = {
  id: 'telegram',
  summary: 'Telegram chats, groups and channels',
  identifiers: ['username', 'link', 'chat-name', 'phone'],
  doNow: [
    'Note the @username and the display name, and any t.me link, with the date.',
    'Take screenshots of the messages or posts around the image, with the username and the time, but not the image itself. In a secret chat, read the warning above first.',
    'For a group or channel, note its name and its t.me link.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Record the @username and the display name of the account.',
      'Record any t.me link for the account, group or channel.',
      'Record the phone number too, if you can see it.',
      'For a group or channel, capture its name and its t.me link.',
      'Capture the messages or posts with the username and the time showing.',
      'If a screenshot would show the intimate image, capture the messages or posts around it instead.',
    ],
    copyLinkInApp: [
      'Accounts, groups and channels with a public username have a link: t.me/ followed by the username.',
      "Accounts without a username don't have a link. Record the display name, and the phone number if you can see it.",
    ],
    copyLinkOnWeb: [],
    downloadNeedsComputer: true,
    downloadYourData: [
      'Open Telegram Desktop on a computer.',
      'Go to Settings, then Advanced.',
      'Choose Export Telegram data.',
      'Choose what to include, such as personal chats or groups.',
      'Untick Photos, Videos and Files before you export. Some may be ticked already.',
      'Keep the export somewhere private.',
    ],
  },
  traps: [
    {
      title: 'Usernames and links can change',
      detail:
        'If the account changes its username, its t.me link changes too. One account can also have several usernames. Record what you see and the date.',
    },
    {
      title: 'Secret chats and self-destructing photos',
      detail:
        'In secret chats, and with photos or videos set to self-destruct, Telegram may block screenshots or tell the other person you took one. Assume they may be told. If that could put you at risk, write down the username, the times and what was said instead.',
      beforeCapture: true,
    },
    {
      title: 'Private chats may be hard to report',
      detail:
        'Telegram has said in the past that it does not act on requests about private chats and groups. It now says every app has Report buttons. Capture everything first, and if the Report button does not fit, ask the Revenge Porn Helpline or the police what to do.',
    },
    {
      title: 'Reporting and blocking',
      detail:
        'A successful report can remove content, and blocking can cut off your access to the chat. Capture what you can first.',
    },
  ],
  reporting: {
    route: 'Report button in the Telegram app',
    helpUrl: 'https://telegram.org/faq',
    steps: [
      'Capture your evidence first.',
      'Tap the message or post (Android), or press and hold it (iPhone), then tap Report.',
      'Choose the reason that fits best.',
      'For a group or channel, tap its name, then More (…), then Report.',
      'On a computer, right-click the post and choose Report.',
      "Menus change often. If you can't see these options, look for Report in the menu.",
      "Telegram's FAQ gives an email address for takedown requests as well: look for it there.",
      'Give the police the usernames and links too.',
      "Don't reply, negotiate or pay.",
    ],
    reportedPersonTold:
      'Assume they may find out that their message or post was reported or removed, even if Telegram does not tell them who reported it.',
    withoutAccount:
      "Reporting inside Telegram needs an account. Without one, use the takedown email address on Telegram's FAQ, or ask the Revenge Porn Helpline to help you report.",
  },
  stopNcii: {
    status: 'not-listed',
    note: 'Telegram is not in any StopNCII.org partner list we have seen, and hashing tools cannot stop images being sent in private chats.',
  },
  sources: [
    {
      title: 'Telegram FAQ: usernames, private chats, reporting and takedown requests',
      url: 'https://telegram.org/faq',
      kind: 'official',
    },
    sharedSources.rphReportingToSocialMedia,
    sharedSources.rphFaq,
    sharedSources.rphThreatsToShare,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H1, H3, M8, L17): secret-chat warning shown before the capture steps; the export is marked as needing a computer; the takedown email address is still not confirmed (redacted in the copies seen; abuse@telegram.org only in third-party copies), so the page points to the FAQ without giving it; whether the reported person is told is not said on the pages read. November 2026: checked against the November 2026 platform audit rows for telegram.ts: untick media in the export, tap (Android) or press and hold (iPhone), secret-chat screenshot trap (hedged), FAQ takedown email mentioned without the address because the only copy seen redacted it. Removed the unsourced claim about sharing details with the authorities (its only sources were content sites) and the Open Terms Archive GitHub link.",
};
