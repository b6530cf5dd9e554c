// Evidence-capture and reporting guidance for Facebook and Messenger.
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
      "If you can't find a way to copy the link in the app, open Facebook in a web browser instead.",
    ],
    copyLinkOnWeb: [
      'Open the post or profile in a web browser.',
      'Copy the full web address from the address bar.',
      'A profile address looks like facebook.com/name or facebook.com/profile.php?id= followed by a number.',
      'Keep the address exactly as shown. The name in it can change, but the number does not.',
    ],
    downloadYourData: [
      'On a computer, select your profile picture.',
      'Go to Settings & privacy, then Settings.',
      'Open Accounts Center, then Your information and permissions.',
      'Select Download your information.',
      'Choose what to include. Facebook emails you when the file is ready.',
      'The file can include your messages, photos and the internet (IP) addresses used to log in to your account. Keep it somewhere private and do not share it.',
      "Menus change often. If the labels are different, search Facebook's settings for Download your information.",
    ],
  },
  traps: [
    {
      title: 'Vanish mode in Messenger',
      detail:
        'Messages in vanish mode disappear after they are seen and you leave the chat. News reports say the other person is told if you take a screenshot in vanish mode, so assume they may be.',
    },
    {
      title: 'A report only shares recent messages',
      detail:
        'When you report a Messenger chat, Facebook reviews only recent messages: up to 30 for EU accounts and up to 100 elsewhere. Your own screenshots are the full record.',
    },
    {
      title: 'Reporting can remove your evidence',
      detail:
        'If a report works, the post may be taken down before you have a record of it. Capture everything first. If you might want police action, think about contacting the police before you report.',
    },
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
    route: "Facebook's report option, or Something's Wrong in Messenger",
    helpUrl: 'https://about.meta.com/actions/safety/topics/bullying-harassment/ncii',
    steps: [
      'Capture your evidence first.',
      'For a post or profile, open it and look for the option to report it.',
      'Choose the reason closest to intimate images shared without consent.',
      'For a Messenger chat, open the chat.',
      "Tap Privacy & Support, then Something's Wrong.",
      'Choose a category. Threats to share intimate images count as sexual violence and exploitation.',
      'Keep any text you write short and factual: what happened and which rule it breaks.',
      'Report once. Reporting the same thing again and again does not help.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold: null,
  },
  stopNcii: {
    status: 'partner',
    note: 'Facebook takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
  },
  sources: [
    {
      title: 'Meta: how it deals with intimate images shared without consent',
      url: 'https://about.meta.com/actions/safety/topics/bullying-harassment/ncii',
      kind: 'official',
    },
    {
      title: 'Facebook: Not Without My Consent (screenshot before you delete anything)',
      url: 'https://www.facebook.com/safety/notwithoutmyconsent',
      kind: 'official',
    },
    {
      title: 'Messenger Help Centre: report a conversation',
      url: 'https://www.messenger.com/help/messenger-app/833709093422928?helpref=faq_content',
      kind: 'official',
    },
    sharedSources.rphThreatsToShare,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.rphReportingToSocialMedia,
    sharedSources.swgflStopNciiLaunch,
    {
      title: 'Facebook profile address formats',
      url: 'https://tinygrab.com/what-is-my-profile-url-on-facebook',
      kind: 'third-party',
    },
    {
      title: 'How to download your Facebook data',
      url: 'https://thehalifaxtimes.com/how-to-download-your-facebook-data-and-see-what-information-it-collects-on-you',
      kind: 'third-party',
    },
    {
      title: 'Facebook Help Centre (archived 2018): what your download includes',
      url: 'https://web.archive.org/web/20180207162339/https://www.facebook.com/help/1701730696756992?helpref=hc_global_nav',
      kind: 'official',
    },
    {
      title: 'Vanish mode on Instagram and Messenger',
      url: 'https://en.thekarmanews.com/disappearing-message-feature-on-instagram-and-messenger/',
      kind: 'third-party',
    },
    sharedSources.savingMessagesAsEvidence,
    {
      title: 'Safety planning tool: blocking and evidence',
      url: 'https://www.theawarenessproject.in/simulations/when-it-happens-to-you/harassed-stalked-or-threatened/safety-planning-tool.html',
      kind: 'third-party',
    },
  ],
  lastReviewed: '2026-11-28',
};
