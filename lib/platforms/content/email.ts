// Evidence-capture and reporting guidance for email (Gmail, Outlook and other providers).
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const emailContent: PlatformContent = {
  id: 'email',
  summary: 'Gmail, Outlook and other email',
  identifiers: ['email'],
  capture: {
    whatToCapture: [
      'Take screenshots before you block or delete anything.',
      "Capture the sender's full email address, not just the name shown.",
      'Capture the date, the time and the subject line.',
      'If a screenshot would show the intimate image, capture the email around it instead: the sender, the date, the subject and the words.',
      'Keep the email in your mailbox. Do not delete it.',
      'Do not forward the original email to anyone.',
      'Record the full technical details (headers) too. See below for how.',
    ],
    copyLinkInApp: [
      "Emails do not have web addresses. Record the sender's full email address instead.",
    ],
    copyLinkOnWeb: [],
    downloadYourData: [
      'Use a computer. Mobile mail apps usually do not show the full details.',
      'In Gmail, open the email, then the three dots (⋮), then Show original.',
      'Note the Message ID, the From and To addresses and the dates shown.',
      'In Outlook on the web, open the email, then More actions (…), then View, then View message source.',
      'In the Outlook desktop app, open the email, then File, then Properties, and look at Internet headers.',
      'If the email has no image in it, you can also save it as a PDF or download the original (.eml) file.',
      'If the image is in the email or attached to it, do not download or save the email file. Leave it in your mailbox.',
    ],
  },
  traps: [
    {
      title: 'The name shown can be fake',
      detail:
        'The name shown on an email can be fake. The full technical details (headers) can point to the real sender, so keep them.',
    },
    {
      title: "Don't forward or delete",
      detail:
        'Do not forward the original email or delete it. Keep it where it is, in your mailbox.',
    },
    {
      title: "Don't reply",
      detail: "Don't reply, negotiate, pay or send anything. Block the sender only after you have captured the evidence.",
    },
  ],
  reporting: {
    route: 'Police and helplines, plus your email provider',
    helpUrl: sharedSources.ccriOnlineRemoval.url,
    steps: [
      'Capture the email and its details first.',
      'We have not been able to confirm a Gmail or Outlook report route for intimate images. Check your email provider\'s help pages for how to report abuse.',
      'If the email links to a file on Google Drive or Microsoft OneDrive, report that file too.',
      'The Cyber Civil Rights Initiative says Google generally does not allow sexually explicit content on Drive, and Microsoft removes reported intimate images shared without consent from OneDrive.',
      'Call 999 if you are in immediate danger.',
      "Report to the police on 101, at a police station or through your local force's website.",
      'If you are 18 or over, the Revenge Porn Helpline can help: call 0345 6000 459, Monday to Friday, 10am to 4pm.',
    ],
    reportedPersonTold:
      'We have not found a way to report intimate images to an email provider, so we cannot say whether the sender would be told. If you report to the police, ask them what the person will be told.',
  },
  stopNcii: {
    status: 'not-listed',
    note: 'Gmail and Outlook are not in any StopNCII.org partner list we have seen, and hashing tools cannot stop images being sent in private messages.',
  },
  sources: [
    sharedSources.ccriOnlineRemoval,
    sharedSources.onlineSosDocumentation,
    sharedSources.rphAskAnOfficer,
    sharedSources.swgflHelplineContactDetails,
    sharedSources.rphFaq,
    {
      title: 'Lifewire: view the message source in Outlook',
      url: 'https://www.lifewire.com/access-email-source-outlook-1170654',
      kind: 'third-party',
    },
    {
      title: 'Full email headers in Gmail (Show original)',
      url: 'https://support.cloudhq.net/how-to-get-full-email-headers-in-gmail-show-original/',
      kind: 'third-party',
    },
    {
      title: 'Project Belay: what are email headers?',
      url: 'https://www.projectbelay.com/faqs/screen%3Dfaq%7Cfaq_id%3DJZWWNRHwN/what-are-email-headers',
      kind: 'third-party',
    },
    {
      title: 'Reading email headers in Outlook desktop',
      url: 'https://virtualpsychcentre.com/issue-how-to-read-email-headers/',
      kind: 'third-party',
    },
    sharedSources.savingMessagesAsEvidence,
    sharedSources.stopNciiLimits,
  ],
  lastReviewed: '2026-11-28',
};
