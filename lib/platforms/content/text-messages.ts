// Evidence-capture and reporting guidance for text messages (SMS, iMessage and RCS).
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const textMessagesContent: PlatformContent = {
  id: 'text-messages',
  summary: 'SMS, iMessage and RCS',
  identifiers: ['phone'],
  capture: {
    whatToCapture: [
      'Take screenshots before you block or delete anything.',
      "Open the sender's contact details and capture their phone number. The name on screen is only the label you saved.",
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
    downloadYourData: [
      'We have not found a built-in way to export a whole text thread.',
      'For a long thread, take screenshots in order, from the start, so nothing is missed.',
    ],
  },
  traps: [
    {
      title: 'Your phone may delete old messages',
      detail:
        'iPhones and Android phones can delete old messages automatically, for example after 30 days or 1 year. Check your messages settings.',
    },
    {
      title: 'If messages have already gone',
      detail:
        'If messages have already been deleted, a digital forensics guide advises putting the phone in airplane mode and not using it until an examiner can look. Ask the police or a helpline before you decide.',
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
      'If you are 18 or over, the Revenge Porn Helpline can help: call 0345 6000 459, Monday to Friday, 10am to 4pm.',
    ],
    reportedPersonTold:
      'This does not apply: there is no platform to report text messages to. If you report to the police, ask them what the person will be told.',
  },
  stopNcii: {
    status: 'not-listed',
    note: 'StopNCII.org works with participating platforms and cannot stop someone sending an image by text message.',
  },
  sources: [
    sharedSources.nnedvCaptureMessages,
    sharedSources.rphAskAnOfficer,
    sharedSources.swgflHelplineContactDetails,
    sharedSources.rphFaq,
    sharedSources.rphThreatsToShare,
    sharedSources.savingMessagesAsEvidence,
    {
      title: 'How to print text messages for evidence',
      url: 'https://reincubate.com/support/ipbe/how-to-print-text-messages/',
      kind: 'third-party',
    },
    {
      title: 'Saving text messages for evidence at trial',
      url: 'https://usue.ca/2017/10/07/how-can-i-save-text-messages-from-my-phone-for-evidence-at-trial/',
      kind: 'third-party',
    },
    {
      title: 'Digital forensics: deleted messages',
      url: 'https://digitalforensicstoday.com/?p=210',
      kind: 'third-party',
    },
    sharedSources.stopNciiLimits,
  ],
  lastReviewed: '2026-11-28',
};
