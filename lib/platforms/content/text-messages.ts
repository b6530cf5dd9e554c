// Evidence-capture and reporting guidance for text messages (SMS, iMessage and RCS).
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const textMessagesContent: PlatformContent = {
  id: 'text-messages',
  reportTo: 'the police',
  summary: 'SMS, iMessage and RCS',
  identifiers: ['phone', 'email'],
  doNow: [
    "Open the sender's contact details and take a screenshot that shows the phone number or email address.",
    'Take screenshots of the thread in order, with the dates and times, but not the image itself.',
    'Keep the messages on your phone: do not delete them.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you block or delete anything.',
      "Open the sender's contact details and capture their phone number. The name on screen is only the label you saved.",
      'An iMessage can come from an email address (an Apple Account) instead of a number. If it does, capture the email address.',
      'Capture enough of the thread to show what was said before and after.',
      'Make sure the date and time show. Tap or swipe to show the times if needed.',
      "Don't crop out the sender or the time.",
      'If a screenshot would show the intimate image, capture the messages around it instead.',
      'Keep the original messages on your phone, not only screenshots.',
      'If you need to mark up a screenshot, edit a copy and keep the original unchanged.',
      'If you print the messages, make sure the dates and times are clear and the sender is shown by number, not just a name.',
    ],
    copyLinkInApp: [
      "Text messages do not have web addresses. Record the sender's phone number instead.",
    ],
    copyLinkOnWeb: [],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Your phone may delete old messages',
      detail:
        'iPhones and Android phones can delete old messages automatically, for example after 30 days or 1 year. Check your messages settings.',
    },
    {
      title: 'There is no export button',
      detail:
        'Phones have no built-in way to export a whole text thread. For a long thread, take screenshots in order, from the start, so nothing is missed. The police can download messages from your phone, so do not delete them.',
    },
    {
      title: 'If messages have already gone',
      detail:
        'If messages have already been deleted, ask the police or a helpline what to do before anything else. If this is the only phone you have, keep using it for what you need, but do not delete or clear anything more.',
    },
    {
      title: "Don't delete the thread",
      detail: 'Archive or mute the conversation instead of deleting it.',
    },
    {
      title: 'Blocking',
      detail: 'Block the number only after you have captured the messages.',
    },
  ],
  reporting: {
    route: 'Police and helplines (there is no report button for text messages)',
    helpUrl: sharedSources.rphAskAnOfficer.url,
    steps: [
      'Capture the messages first.',
      "Don't reply, negotiate or pay.",
      'Call 999 if you are in immediate danger.',
      "Report to the police on 101, at a police station or through your local force's website.",
      'Keep the crime reference number the police give you.',
    ],
    reportedPersonTold:
      'This does not apply: there is no platform to report text messages to. If you report to the police, ask them what the person will be told.',
    withoutAccount: 'You need no account to report to the police or to call the Revenge Porn Helpline.',
  },
  stopNcii: {
    status: 'not-listed',
    note: 'StopNCII.org works with participating platforms and cannot stop someone sending an image by text message.',
  },
  sources: [
    sharedSources.rphAskAnOfficer,
    sharedSources.swgflHelpline,
    sharedSources.rphFaq,
    sharedSources.rphThreatsToShare,
    sharedSources.onlineSosDocumentation,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (M8, L17): do-now box; 'no built-in export' said plainly (none found on Apple's or Google's pages we know); 'stop using the phone' softened for someone whose only phone it is. November 2026: checked against the November 2026 platform audit rows for text-messages.ts: iMessage from an email address, no export (moved to a trap, with keep the phone unchanged for a police download), helpline number now from the shared block. The airplane-mode advice rested only on a weak forensics blog, so it now says only to stop using the phone and ask first. Dropped third-party sources and the GitHub Pages copy of NNEDV's guide.",
};
