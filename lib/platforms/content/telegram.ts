// Evidence-capture and reporting guidance for Telegram.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const telegramContent: PlatformContent = {
  id: 'telegram',
  summary: 'Telegram chats, groups and channels',
  identifiers: ['username', 'link', 'chat-name', 'phone'],
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
    downloadYourData: [
      'Open Telegram Desktop on a computer.',
      'Go to Settings, then Advanced.',
      'Choose Export Telegram data.',
      'Choose what to include, such as personal chats or groups. You can leave out photos and videos.',
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
      title: 'Private chats may be hard to report',
      detail:
        'Telegram has said in the past that it does not act on requests about private chats and groups. It now says every app has Report buttons. We have not been able to confirm what you can report from a private chat, so capture everything first.',
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
      'Press and hold the message or post, then tap Report.',
      'Choose the reason that fits best.',
      'For a group or channel, tap its name, then More (…), then Report.',
      'On a computer, right-click the post and choose Report.',
      "Menus change often. If you can't see these options, look for Report in the menu.",
      'Give the police the usernames and links too. News reports say Telegram can now share rule-breakers\' details with the authorities when legally asked.',
      "Don't reply, negotiate or pay.",
    ],
    reportedPersonTold: null,
  },
  stopNcii: {
    status: 'not-listed',
    note: 'Telegram is not in any StopNCII.org partner list we have seen, and hashing tools cannot stop images being sent in private chats.',
  },
  sources: [
    {
      title: 'Telegram FAQ: usernames, private chats and reporting',
      url: 'https://telegram.org/faq',
      kind: 'official',
    },
    {
      title: "Open Terms Archive: an earlier version of Telegram's FAQ on private chats",
      url: 'https://github.com/OpenTermsArchive/contrib-versions/commit/55b206b7d863c36e35e598e1691c3de57faba622',
      kind: 'third-party',
    },
    sharedSources.rphReportingToSocialMedia,
    sharedSources.rphFaq,
    sharedSources.rphThreatsToShare,
    {
      title: 'Telegram basics: usernames and links',
      url: 'https://medium.com/@weibeld/telegram-basics-7c566d6d35c1',
      kind: 'third-party',
    },
    {
      title: 'How Telegram usernames and contact discovery work',
      url: 'https://ticker.tv/news/how-does-telegrams-username-and-contact-discovery-mechanism-work/133192/',
      kind: 'third-party',
    },
    {
      title: 'How to back up Telegram',
      url: 'https://www.lookkle.com/how-to-back-up-telegram',
      kind: 'third-party',
    },
    {
      title: 'Reporting illegal content on Telegram',
      url: 'https://stickers.wiki/faq/i-found-illegal-content-where-can-i-report-it/',
      kind: 'third-party',
    },
    {
      title: 'Telegram updates its help section on moderation (2024)',
      url: 'https://4nownews.com/technology-and-it-market-news/telegram-has-updated-the-help-section-but-there-will-be-no-moderation-of-personal-correspondence',
      kind: 'third-party',
    },
    {
      title: 'Telegram to share rule-breakers’ details with authorities (2024)',
      url: 'https://casianews.com/those-who-violate-the-rules-of-the-telegram-messenger-will-be-handed-over-to-law-enforcement-agencies/8612',
      kind: 'third-party',
    },
    sharedSources.stopNciiLimits,
  ],
  lastReviewed: '2026-11-28',
};
