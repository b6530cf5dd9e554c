// Evidence-capture and reporting guidance for WhatsApp.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const whatsappContent: PlatformContent = {
  id: 'whatsapp',
  summary: 'WhatsApp chats and groups',
  identifiers: ['phone', 'chat-name'],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Capture the phone number, not just the name. The name shown may be one you saved yourself.',
      "Open the contact's details and take a screenshot that shows the number.",
      'For a group, capture the group name.',
      'Capture the messages with the messages around them, so the context is clear.',
      'Make sure each message shows its time. Tap or swipe a message to show it if needed.',
      'If a screenshot would show the intimate image, capture the messages around it instead.',
      'Export the chat as well, so you have the thread as text, not only scattered screenshots.',
    ],
    copyLinkInApp: [
      'WhatsApp chats do not have web addresses. Record the phone number and the group name instead.',
    ],
    copyLinkOnWeb: [],
    downloadYourData: [
      'To export a chat, open the chat.',
      'On iPhone, tap the contact or group name, then Export Chat.',
      'On Android, tap the three dots (⋮), then More, then Export chat.',
      'Choose Without Media, so the export does not include any photos or videos.',
      'Keep the text file somewhere private.',
      'We have not been able to confirm that exports always include the whole history, so keep your screenshots too.',
      'Request account info gives you a report in about 3 days, but it does not include your messages.',
      "Don't delete your account or change your number while that request is waiting, as this cancels it.",
    ],
  },
  traps: [
    {
      title: 'View-once photos and videos',
      detail:
        "WhatsApp blocks screenshots and screen recordings of view-once photos, videos and voice messages, and they can't be saved or forwarded. Unopened ones expire after 14 days. Don't try to capture the image: note when it arrived and capture the chat around it.",
    },
    {
      title: 'Disappearing messages',
      detail:
        'If disappearing messages are on, messages vanish after 24 hours, 7 days or 90 days, unless someone keeps them. WhatsApp cannot get them back. Check whether a timer is on, and capture and export the chat straight away.',
    },
    {
      title: 'A report only shares the last five messages',
      detail:
        'When you report, WhatsApp receives only the last five messages from that person or group. Your own screenshots and export are the full record.',
    },
    {
      title: 'Blocking can cut off your access',
      detail: 'Block the contact only after you have captured and exported the chat.',
    },
    {
      title: "Don't delete the chat or the app",
      detail:
        'Archive or mute the chat instead of deleting it. Back up your WhatsApp data before you uninstall the app or delete your account.',
    },
    {
      title: 'Report Remove cannot reach private chats',
      detail:
        "If you were under 18 in the image, Childline and the IWF's Report Remove can only act on content that is public, not on private chats like WhatsApp.",
    },
  ],
  reporting: {
    route: 'Report Contact in WhatsApp',
    helpUrl: 'https://faq.whatsapp.com/1142481766359885/',
    steps: [
      'Capture and export the chat first.',
      'Open the chat.',
      "Tap the contact's name at the top.",
      'Tap Report Contact, then Report and Block.',
      'You can report an unknown number the same way, from the chat.',
      'To report a single message, press and hold it, then tap Report.',
      'These steps are for iPhone. On Android the labels may be different.',
      "Don't reply, negotiate or pay.",
    ],
    reportedPersonTold: 'WhatsApp does not tell the person that you reported them.',
  },
  stopNcii: {
    status: 'not-listed',
    note: 'WhatsApp is not in any StopNCII.org partner list we have seen, and hashing tools cannot stop images being sent in private, encrypted chats.',
  },
  sources: [
    {
      title: 'WhatsApp Help Centre: block and report contacts',
      url: 'https://faq.whatsapp.com/1142481766359885/',
      kind: 'official',
    },
    {
      title: 'WhatsApp Help Centre: disappearing messages',
      url: 'https://faq.whatsapp.com/673193694148537/',
      kind: 'official',
    },
    {
      title: 'WhatsApp Help Centre: request your account information',
      url: 'https://faq.whatsapp.com/en/iphone/26000110/',
      kind: 'official',
    },
    sharedSources.takeItDownFaq,
    {
      title: 'CEOP Education: reporting nude images (Report Remove)',
      url: 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/',
      kind: 'official',
    },
    sharedSources.nnedvCaptureMessages,
    sharedSources.rphThreatsToShare,
    sharedSources.rphFaq,
    {
      title: 'Exporting a WhatsApp chat (quoting WhatsApp FAQ)',
      url: 'https://github.com/ristri/whatsappstat',
      kind: 'third-party',
    },
    {
      title: 'WhatsApp backup: export with or without media',
      url: 'https://maxwellito.com/post/whatsapp-backup',
      kind: 'third-party',
    },
    {
      title: 'WhatsApp blocks screenshots of view-once messages',
      url: 'https://www.nationalworld.com/lifestyle/tech/whatsapp-blocks-screenshots-for-view-once-messages-in-latest-privacy-update-5247430',
      kind: 'third-party',
    },
    {
      title: 'View-once media: expiry and screenshots',
      url: 'https://www.businesstoday.in/technology/internet/story/this-whatsapp-feature-wont-let-you-take-screenshots-349067-2022-10-05?utm_source=rssfeed',
      kind: 'third-party',
    },
    {
      title: 'What WhatsApp receives when you report',
      url: 'https://www.deccanherald.com/business/technology/whatsapp-simple-steps-on-how-to-block-spams-on-messenger-app-1208213.html',
      kind: 'third-party',
    },
    {
      title: 'How to report a contact, group or message on WhatsApp',
      url: 'https://itigic.com/how-to-report-a-contact-or-a-group-on-whatsapp/',
      kind: 'third-party',
    },
    sharedSources.stopNciiLimits,
    sharedSources.savingMessagesAsEvidence,
    {
      title: 'WhatsApp Chat Exporter: back up before deleting',
      url: 'https://raw.githubusercontent.com/KnugiHK/WhatsApp-Chat-Exporter/main/README.md',
      kind: 'third-party',
    },
  ],
  lastReviewed: '2026-11-28',
};
