// Evidence-capture and reporting guidance for Facebook and Messenger.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const facebookContent: PlatformContent = {
  id: 'facebook',
  summary: 'Facebook posts, profiles, groups and Messenger chats',
  identifiers: ['link', 'username'],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Capture the profile page of the account that posted or sent it.',
      'Copy the web address (URL) of the profile and of the post.',
      'Write down the display name too, exactly as shown.',
      'Make sure the date and time of the post or message show.',
      'Capture the whole Messenger chat, including any threats, with the dates and times.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead: the account, the caption, the comments and the date.',
      "Don't crop out the sender's name or the time.",
    ],
    copyLinkInApp: [
      'Tap Share under the post, then Copy link. The link starts facebook.com/share/. Keep it as it is: you do not need to open it.',
      'For a profile, tap the three dots (…) on the profile, then Copy profile link.',
      "If you can't find Copy link, open Facebook in a web browser instead.",
    ],
    copyLinkOnWeb: [
      'Open the post or profile in a web browser.',
      'Copy the full web address from the address bar.',
      'A profile address looks like facebook.com/name or facebook.com/profile.php?id= followed by a number.',
      'Keep the address exactly as shown, including any comment number in it. The name in it can change, but the number does not.',
    ],
    downloadYourData: [
      'On a computer, select your profile picture.',
      'Go to Settings & privacy, then Settings.',
      'Open Accounts Center, then Your information and permissions.',
      'Select Download your information.',
      'Choose only the types of information you need, such as messages and logins, and leave out photos and videos where you can.',
      'Facebook emails you when the file is ready. It can include the internet (IP) addresses used to log in to your account.',
      'Messenger chats that are end-to-end encrypted may not be in this file. We have not been able to confirm this.',
      "Menus change often. If the labels are different, search Facebook's settings for Download your information.",
    ],
  },
  traps: [
    {
      title: 'Disappearing messages in Messenger',
      detail:
        "Messenger's vanish mode has been replaced by disappearing messages. Messenger says that in an end-to-end encrypted chat, if it detects a screenshot or screen recording, the people in the chat are told. If a chat has a timer, capture what you can at once: Messenger says you can still report it for a short time after a message disappears.",
    },
    {
      title: 'A report only shares recent messages',
      detail:
        'When you report a Messenger chat from the UK, Facebook reviews only recent messages, up to 100 of them. Your own screenshots are the full record.',
    },
    reportingCanRemoveEvidence('post'),
    {
      title: 'Blocking can cut off your access',
      detail: 'Block the account only after you have captured the messages and profile.',
    },
    {
      title: "Don't delete the chat",
      detail: 'Archive or mute the chat instead of deleting it, so the messages are still there if you need them.',
    },
    {
      title: 'Report menus change',
      detail:
        "We have not been able to confirm Facebook's current wording for reporting a post. If you can't see the option described here, choose the closest one.",
    },
  ],
  reporting: {
    route: "Facebook's report option, or Report in Messenger",
    helpUrl: sharedSources.metaNcii.url,
    steps: [
      'Capture your evidence first.',
      'For a post or profile, tap the three dots (…) on it, then Report.',
      'Choose the reason closest to intimate images shared without consent. Meta also removes AI-made or edited intimate images.',
      'For a Messenger chat on a phone, tap the name at the top of the chat, then Report.',
      "On a computer, Messenger's help describes clicking the name, then Privacy & Support, then Something's Wrong.",
      'Choose a category. Threats to share intimate images count as sexual violence and exploitation.',
      'Keep any text you write short and factual: what happened and which rule it breaks.',
      'Report once. Reporting the same thing again and again does not help.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold: null,
    withoutAccount:
      "We have not been able to confirm the current address of Meta's form for people without a Facebook account. The Revenge Porn Helpline can report to Facebook for you.",
  },
  stopNcii: {
    status: 'partner',
    note: 'Facebook takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
    source: sharedSources.ayloStopNciiPartners,
  },
  sources: [
    sharedSources.metaNcii,
    sharedSources.messengerDisappearingMessages,
    {
      title: 'Messenger Help Centre: report a conversation (up to 100 messages outside the EU)',
      url: 'https://www.messenger.com/help/messenger-app/833709093422928',
      kind: 'official',
    },
    {
      title: 'Meta (March 2024): end-to-end encryption on Messenger explained',
      url: 'https://about.fb.com/news/2024/03/end-to-end-encryption-on-messenger-explained/',
      kind: 'official',
    },
    sharedSources.rphThreatsToShare,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.rphReportingToSocialMedia,
  ],
  lastReviewed: '2026-11-29',
  reviewNote:
    'Checked against the November 2026 platform audit rows for facebook.ts. Read Messenger Help 880518629146125 (vanish mode replaced, screenshot notice, reporting after a message disappears) and 833709093422928 (30 EU / 100 elsewhere), and Meta NCII hub. Not confirmed: the no-account form address, whether encrypted chats are in Download your information, and whether the reported person is told. Dropped third-party and archived sources.',
};
