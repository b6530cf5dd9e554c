// Evidence-capture and reporting guidance for WhatsApp.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const whatsappContent: PlatformContent = {
  id: 'whatsapp',
  summary: 'WhatsApp chats and groups',
  identifiers: ['phone', 'chat-name'],
  doNow: [
    "Open the contact's details and take a screenshot that shows the phone number.",
    'Take screenshots of the messages around the image, with the times, but not the image itself.',
    'Export the chat without media (Export Chat, then Without Media).',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Capture the phone number, not just the name. The name shown may be one you saved yourself.',
      "Open the contact's details and take a screenshot that shows the number.",
      'For a group, capture the group name.',
      'Capture the messages with the messages around them, so the context is clear.',
      'Make sure each message shows its time. Tap or swipe a message to show it if needed.',
      'If a screenshot would show the intimate image, capture the messages around it instead.',
      'Export the chat as well, without media, so you have the thread as text, not only scattered screenshots.',
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
      'If Export Chat is missing, the other person may have turned on Advanced chat privacy, which stops either of you exporting the chat. Take screenshots instead.',
      'Keep the text file somewhere private.',
      'Keep your screenshots too: an export may not include the whole history.',
    ],
  },
  traps: [
    {
      title: 'View-once photos and videos',
      detail:
        "WhatsApp blocks screenshots and screen recordings of view-once photos, videos and voice messages, and they can't be saved or forwarded. Unopened ones expire after 14 days. Don't try to capture the image: note when it arrived and capture the chat around it.",
      beforeCapture: true,
    },
    {
      title: 'Disappearing messages',
      detail:
        'If disappearing messages are on, messages vanish after 24 hours, 7 days or 90 days, unless someone keeps them. WhatsApp cannot get them back. Check whether a timer is on, and capture and export the chat straight away.',
      beforeCapture: true,
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
      title: 'Advanced chat privacy stops exports',
      detail:
        'Either person in a chat can turn on Advanced chat privacy. It stops the chat being exported and media being saved automatically. Someone who wants to stop you keeping a record could turn it on, so take screenshots as well as exporting.',
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
      'On Android, open the chat, tap the three dots (⋮), then More, then Report. The labels may be a little different.',
      "Don't reply, negotiate or pay.",
    ],
    reportedPersonTold: 'WhatsApp does not tell the person that you reported them.',
    withoutAccount:
      'Reporting from inside WhatsApp needs the app. The Revenge Porn Helpline can help you decide what else to do, and the police can act on messages you have kept.',
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
      title: 'WhatsApp Help Centre: what WhatsApp receives when you report (the last five messages)',
      url: 'https://faq.whatsapp.com/414631957536067/',
      kind: 'official',
    },
    {
      title: 'WhatsApp Help Centre: disappearing messages',
      url: 'https://faq.whatsapp.com/673193694148537/',
      kind: 'official',
    },
    sharedSources.ceopReportingNudes,
    sharedSources.rphThreatsToShare,
    sharedSources.rphFaq,
    sharedSources.nationalWorldViewOnce,
    {
      title: 'Business Today: view-once media, expiry and screenshots',
      url: 'https://www.businesstoday.in/technology/internet/story/this-whatsapp-feature-wont-let-you-take-screenshots-349067-2022-10-05',
      kind: 'press',
    },
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    'December 2026 (H1, L17): view-once and disappearing-message warnings shown before the capture steps; whether exports always hold the whole history is still not confirmed, and the page now says to keep screenshots instead. November 2026: checked against the November 2026 platform audit rows for whatsapp.ts: added Advanced chat privacy (April 2025; either person can turn it on; blocks export; reported in the press and quoted from WhatsApp, not read on its own page) and Android report steps (labels unverified). Cited the FAQ for the last five messages. Removed the request-account-info FAQ link (legacy URL seen only in Polish) and GitHub and content-site sources, and with it the account-information request steps that rested on it.',
};
