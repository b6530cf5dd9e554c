// Evidence-capture and reporting guidance for email (Gmail, Outlook and other providers).
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const emailContent: PlatformContent = {
  id: 'email',
  reportTo: 'the police and the email provider',
  summary: 'Gmail, Outlook and other email',
  identifiers: ['email'],
  doNow: [
    "Take a screenshot that shows the sender's full email address, the date, the time and the subject, but not the image.",
    'Keep the email in your mailbox. Do not forward or delete it.',
    'The technical details (headers) need a computer: leave them for later, or ask the Revenge Porn Helpline to go through them with you.',
  ],
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
    downloadNeedsComputer: true,
    downloadYourData: [
      'Use a computer. Mobile mail apps usually do not show the full details.',
      'In Gmail, open the email, then the three dots (⋮), then Show original.',
      'Note the Message ID, the From and To addresses and the dates shown.',
      'In Outlook on the web, open the email, then More actions (…), then View, then View message source.',
      'In the new Outlook for Windows, follow the steps for Outlook on the web.',
      'In the classic Outlook desktop app, open the email, then File, then Properties, and look at Internet headers.',
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
      "For an Outlook, Hotmail or Live address, use Microsoft's form for non-consensual intimate imagery, which covers its consumer services.",
      'For a Gmail address, the Revenge Porn Helpline can help you report it to Google.',
      'If the email links to a file on Google Drive, Google Photos or Microsoft OneDrive, report that file too: our guides for those say how.',
      'Call 999 if you are in immediate danger.',
      "Report to the police on 101, at a police station or through your local force's website.",
    ],
    reportedPersonTold:
      'Assume the sender may find out that they were reported, especially if their account is closed. If you report to the police, ask them what the person will be told.',
    withoutAccount: "You do not need an account with the sender's email provider to report to the police or to call the Revenge Porn Helpline.",
  },
  stopNcii: {
    status: 'not-listed',
    note: 'Hashing tools cannot stop images being sent in private messages such as email. Microsoft uses StopNCII.org in Bing search, and Google has said it will in Search, but neither says it does so in email.',
  },
  sources: [
    sharedSources.microsoftNciiForm,
    sharedSources.ccriOnlineRemoval,
    sharedSources.onlineSosDocumentation,
    sharedSources.rphAskAnOfficer,
    sharedSources.swgflHelpline,
    sharedSources.rphFaq,
    {
      title: 'Google Gmail Help: see the full message (Show original)',
      url: 'https://support.google.com/mail/answer/29436?hl=en-GB',
      kind: 'official',
    },
    {
      title: 'Lifewire: view the message source in Outlook',
      url: 'https://www.lifewire.com/access-email-source-outlook-1170654',
      kind: 'press',
    },
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (M8, H3, L17): headers marked as needing a computer, with the helpline offered; the doubts (whether Microsoft's form covers Outlook.com mail; no Gmail intimate-image route found) moved here from the page, which now says what to do. November 2026: checked against the November 2026 platform audit rows for email.ts: named Microsoft's NCII form (2015 announcement; coverage of Outlook.com mail not confirmed), kept 'no Gmail route confirmed', pointed Drive and OneDrive files to the new guides, removed the hard-coded helpline number (the shared block renders it from lib/urgent-help.ts). Gmail Show original cited from Gmail Help 29436 (not re-read today). Dropped content-site sources.",
};
