// Evidence-capture and reporting guidance for Snapchat.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const snapchatContent: PlatformContent = {
  id: 'snapchat',
  summary: 'Snaps, Stories and chats',
  identifiers: ['username'],
  doNow: [
    'Write down the username (not just the display name) and the date.',
    "Capture the chat and the sender's profile, with the times, but not the image itself. Read the warning about screenshots above first.",
    'If you report in the app, it sends a copy of the Snap to Snapchat for you: you do not need your own copy.',
  ],
  capture: {
    whatToCapture: [
      'Record the username, not just the display name. The display name can be changed at any time.',
      'Note the date you saw the username. Usernames can be changed once a year.',
      "Capture the chat and the sender's profile, with the times.",
      "You don't need a copy of the image itself. Reporting in the app sends a copy of it to Snapchat for you.",
    ],
    copyLinkInApp: [
      'A profile link looks like snapchat.com/add/ followed by the username. A link copied from the Share button may be shorter: keep it as it is.',
      'Record the username exactly as shown as well.',
    ],
    copyLinkOnWeb: [],
    downloadYourData: [
      'In the app, tap your avatar, then the gear icon (Settings).',
      'Find My Data. In recent versions it is under Privacy Controls; in older ones under Account Actions.',
      'Untick Memories and chat media if the page offers them, so the file does not include photos or videos.',
      'Sign in again and tap Submit Request.',
      'Snapchat emails you a link when your download is ready.',
      'Menus change often. If the labels are different, look for My Data in your account settings.',
    ],
  },
  traps: [
    {
      title: 'Screenshots may alert the sender',
      detail:
        "Snapchat tells the sender when you screenshot a Snap, Chat or Story, and guides say screen recording does the same. Assume they will be told. If that could put you at risk, write down the username, the times and what was said instead. Reporting in the app attaches the media for you, so you do not need a copy.",
      beforeCapture: true,
    },
    {
      title: 'Photos of a screen are weaker evidence',
      detail:
        'If you photograph the chat with another device instead, keep the intimate image out of the photo. A photo of a screen is likely to be poorer evidence than a screenshot: a forensics guide says this about filming video screens, and it has not been tested for chats.',
    },
    {
      title: 'Snaps disappear',
      detail: 'Snaps are designed to disappear. Record the username, times and chat as soon as you can.',
      beforeCapture: true,
    },
    {
      title: 'Reporting and blocking',
      detail:
        'A successful report can remove content, and blocking can cut off your access to the chat. Capture what you can first. If something looks illegal or dangerous, contact the police before you report.',
    },
  ],
  reporting: {
    route: 'Report in the Snapchat app',
    helpUrl: 'https://values.snap.com/safety/safety-reporting',
    steps: [
      'If something looks illegal or dangerous, contact the police first.',
      'Press and hold the Snap, Story or chat message.',
      'Tap Report.',
      'Choose the reason that fits best.',
      "A copy of the media goes with your report, so you don't need to send it.",
      'Snapchat says it usually responds to reports within 24 hours.',
      "Don't reply, negotiate or pay.",
    ],
    reportedPersonTold:
      'Snapchat does not tell the person you report who reported them, even if they appeal. It usually tells them if it removes content or acts on their account.',
    withoutAccount:
      "Snapchat's safety reporting page says you can also report through its Support site in a web browser, and anonymously. If that asks for an account you do not have, the Revenge Porn Helpline can report to Snapchat for you.",
  },
  stopNcii: {
    status: 'partner',
    note: "Snap Inc. (Snapchat's owner) takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being posted publicly there again. It cannot stop Snaps sent privately.",
    source: sharedSources.ayloStopNciiPartners,
  },
  sources: [
    {
      title: 'Snap: safety reporting (in the app, or on the Support site, anonymously)',
      url: 'https://values.snap.com/safety/safety-reporting',
      kind: 'official',
    },
    {
      title: 'Snap: safety team and response times',
      url: 'https://www.snap.com/en-GB/safety/safety-team',
      kind: 'official',
    },
    {
      title: 'Snap Newsroom: changing your username',
      url: 'https://newsroom.snap.com/username-change',
      kind: 'official',
    },
    {
      title: 'Snapchat Support: changing your display name',
      url: 'https://help.snapchat.com/hc/en-gb/articles/7012367909012',
      kind: 'official',
    },
    {
      title: 'Snap: your Snapchat account and My Data',
      url: 'https://values.snap.com/privacy/privacy-by-product/your-snapchat-account',
      kind: 'official',
    },
    sharedSources.rphThreatsToShare,
    sharedSources.rphSharedWithoutConsent,
    {
      title: 'Digital Trends: Snapchat profile addresses (snapchat.com/add/)',
      url: 'https://www.digitaltrends.com/social-media/snapchat-profile-urls/',
      kind: 'press',
    },
    {
      title: 'Amped Software (forensics): why phone photos of a screen are poor evidence',
      url: 'https://blog.ampedsoftware.com/2021/03/09/cell-phone-snaps-bad-quality-and-reliability',
      kind: 'third-party',
    },
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H1, L17): the screenshot warning is shown before the capture steps instead of pointing forward to it; whether the Support site form needs an account is still not confirmed. November 2026: checked against the November 2026 platform audit rows for snapchat.ts: stated the snapchat.com/add/ format, updated the My Data path (Privacy Controls, unverified on Snap's page) with untick media, stated screenshot notification, the under-18 Report Remove limit comes from the shared under-18 block (CEOP), en-GB locale. Dropped content-farm sources; the screenshot-notice wording rests on Snap's well-attested behaviour, not a Snap page read today.",
};
