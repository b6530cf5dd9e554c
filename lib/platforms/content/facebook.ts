// Evidence-capture and reporting guidance for Facebook and Messenger.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const facebookContent: PlatformContent = {
  id: 'facebook',
  summary: 'Facebook posts, profiles, groups and Messenger chats',
  identifiers: ['link', 'username'],
  doNow: [
    'Copy the link to the post or profile: tap Share, then Copy link. You do not need to open it.',
    'Take screenshots of the profile and the messages, with the name, date and time showing, but not the image itself.',
    'Note the display name exactly as shown.',
  ],
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
      'If the post or profile is already open in a web browser, scroll so that any image is off the screen. You do not need to open it to copy its link.',
      'Copy the full web address from the address bar.',
      'A profile address looks like facebook.com/name or facebook.com/profile.php?id= followed by a number.',
      'Keep the address exactly as shown, including any comment number in it. The name in it can change, but the number does not.',
    ],
    downloadNeedsComputer: true,
    downloadYourData: [
      'On a computer, select your profile picture.',
      'Go to Settings & privacy, then Settings.',
      'Open Accounts Center, then Your information and permissions.',
      'Select Download your information.',
      'Choose only the types of information you need, such as messages and logins, and leave out photos and videos where you can.',
      'Facebook emails you when the file is ready. It can include the internet (IP) addresses used to log in to your account.',
      'Keep your screenshots of Messenger chats as well: end-to-end encrypted chats may not be in this file.',
      "Menus change often. If the labels are different, search Facebook's settings for Download your information.",
    ],
  },
  traps: [
    {
      title: 'Messenger may tell the other person about a screenshot',
      detail:
        'Messenger says that in an end-to-end encrypted chat, if it detects a screenshot or screen recording, the people in the chat are told. If that could put you at risk, capture the profile and the links instead, write down what was said and when, and ask the Revenge Porn Helpline or the police what to do.',
      beforeCapture: true,
    },
    {
      title: 'Disappearing messages in Messenger',
      detail:
        "Messenger's vanish mode has been replaced by disappearing messages. If a chat has a timer, capture what you can at once: Messenger says you can still report it for a short time after a message disappears.",
      beforeCapture: true,
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
        "Facebook's menus change. If you can't see the option described here, choose the closest one, or ask the Revenge Porn Helpline to report it for you.",
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
    reportedPersonTold:
      'Facebook has said that when it contacts the person you reported, it does not include anything about who reported them. If it removes the post, assume they will be told it was removed.',
    withoutAccount:
      'If you have no Facebook account, or would rather not use it, the Revenge Porn Helpline can report to Facebook for you.',
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
    {
      title: 'Facebook Help Centre: reports do not say who reported (read in a 2016 copy)',
      url: 'https://www.facebook.com/help/1753719584844061',
      kind: 'official',
    },
    sharedSources.rphThreatsToShare,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.rphReportingToSocialMedia,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    'December 2026 (H1, H3, L17): the screenshot notice is its own warning, shown before the capture steps; the reported person is told nothing of the reporter per Facebook Help 1753719584844061, read only in a 2016 copy (Stanford web archive), so check the current page; the sentences that said what we could not confirm now say what to do instead, and the doubts stay here. Still not confirmed: the no-account form address, whether encrypted chats are in Download your information, the current report wording. November 2026: checked against the platform audit rows for facebook.ts. Read Messenger Help 880518629146125 (vanish mode replaced, screenshot notice, reporting after a message disappears) and 833709093422928 (30 EU / 100 elsewhere), and Meta NCII hub. Not confirmed: the no-account form address, whether encrypted chats are in Download your information, and whether the reported person is told. Dropped third-party and archived sources.',
};
