// Evidence-capture and reporting guidance for iCloud, iMessage and Apple accounts.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const appleContent: PlatformContent = {
  id: 'apple',
  reportTo: 'Apple',
  summary: 'iCloud shared albums and links, iMessage, and an Apple Account someone else can get into',
  identifiers: ['phone', 'email', 'link'],
  doNow: [
    'For iMessage, tap the name at the top of the chat and take a screenshot of the phone number or email address the messages came from.',
    'Take screenshots of the messages around any image, with the times, but not the image itself.',
    'For a shared album or iCloud link, copy the link without opening it, and note who shared it and when.',
  ],
  capture: {
    whatToCapture: [
      'For iMessage, tap the name at the top of the chat and capture the phone number or email address the messages came from. The name is only the label you saved.',
      'Capture the messages around any image, with the times, without capturing the image itself.',
      'For a shared album or iCloud link, copy the link and note who shared it and when. Do not open the album to find it.',
      'Capture any email or notification from Apple about a sign-in or a password change you did not make.',
    ],
    copyLinkInApp: [
      'If someone sent you an iCloud link, press and hold it in the message and tap Copy, without opening it.',
      'A shared album link looks like icloud.com/sharedalbum/ followed by a # and a code. Keep everything after the #: it names the album.',
    ],
    copyLinkOnWeb: [],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Someone else may be signed in to your Apple Account',
      detail:
        "If images came from your iCloud, someone may know your password or have your phone. Apple's Safety Check (Settings, then Privacy & Security) shows who you share with and which devices are signed in, and can stop sharing at once. Stopping sharing can alert the other person, so think about your safety first.",
    },
    {
      title: 'Shared albums',
      detail:
        'Anyone invited to a shared album can see it, and a shared album can have a public website link. If you made the album, you can remove people or the public link. If someone else made it, you can leave it. Capture who is in it first.',
    },
    {
      title: 'Blurring nude images sent to you',
      detail:
        "Recent iPhones can blur images that may contain nudity before you see them (Sensitive Content Warning, in Settings under Privacy & Security). It can help you capture a chat without seeing the image again.",
    },
  ],
  reporting: {
    route: 'The police and the Revenge Porn Helpline; Apple Support for your account',
    helpUrl: sharedSources.applePersonalSafety.url,
    steps: [
      'Capture your evidence first.',
      'Apple has no form for reporting intimate images shared through iCloud or iMessage that we know of. Report them to the police and the Revenge Porn Helpline.',
      "To take back your Apple Account, change its password, turn on two-factor authentication, and check the devices and trusted phone numbers listed in it. Apple's account security page explains how.",
      'If you cannot sign in, or you do not recognise the account details, contact Apple Support.',
    ],
    reportedPersonTold:
      'Reporting to the police or the helpline does not tell the person. If the police contact them, they may guess it was you: ask the police what the person will be told, and when.',
    withoutAccount: 'You need no Apple Account to report to the police or to call the Revenge Porn Helpline.',
  },
  stopNcii: {
    status: 'not-listed',
    note: 'Apple is not among the StopNCII.org partners named in the sources we read, and hashes cannot reach private iCloud albums or iMessages.',
  },
  sources: [
    sharedSources.applePersonalSafety,
    sharedSources.appleAccountSecurity,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.rphAskAnOfficer,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H3, L17): reportedPersonTold filled for the police and helpline route. New entry (audit §5.7). Read a stored copy of Apple's Security and your Apple Account page (two-factor authentication, never share codes). Safety Check, shared albums and Sensitive Content Warning are from Apple's Personal Safety User Guide as we know it; the exact menu paths were not re-read. No Apple reporting route for intimate images was found, so the page says so.",
};
