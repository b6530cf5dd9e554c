// Evidence-capture and reporting guidance for Instagram.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const instagramContent: PlatformContent = {
  id: 'instagram',
  summary: 'Instagram posts, reels, stories, profiles and direct messages',
  identifiers: ['link', 'username'],
  doNow: [
    'Copy the link to the post, reel or story: tap Share, then Copy link. You do not need to open it.',
    'Note the username and the profile address, and the date you saw them.',
    'Take screenshots of the caption, comments and messages, with the times, but not the image itself.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Record the username and the web address (URL) of the profile as they are now.',
      'Write down the display name separately.',
      'Copy the web address of the post, reel or story.',
      'Make sure the date and time show.',
      'Capture the caption, the comments and any direct message thread, with the times.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead: the account, the caption, the comments and the date.',
    ],
    copyLinkInApp: [
      'Open the post, reel or story.',
      'Tap Share (the paper plane), then Copy link. In some versions it is under the three dots (…).',
      'Keep the link as it is, even if it is short: you do not need to open it.',
      'For a profile, tap the three dots (…) on the profile, then Copy profile URL or Share.',
    ],
    copyLinkOnWeb: [
      'If the post or profile is already open in a web browser, scroll so that any image is off the screen. You do not need to open it to copy its link.',
      'Copy the full web address from the address bar.',
      'A profile address looks like instagram.com/username/.',
      'A post address looks like instagram.com/p/ followed by a code. Reels use instagram.com/reel/ instead. Keep any img_index= in it: it says which picture in a set.',
    ],
    downloadYourData: [
      "Go to Accounts Center in Instagram's settings.",
      'Choose to download your information.',
      'Choose only the categories you need, such as messages, and the date range. Leave out media where you can.',
      'Instagram emails you a link when the file is ready. Download it before the link stops working, after a few days.',
      'Menus change often. If the labels are different, search the settings for Download your information.',
    ],
  },
  traps: [
    {
      title: 'Screenshots may alert the other person',
      detail:
        'When Instagram launched vanish mode it said the other person is told about a screenshot or screen recording, and view-once photos work the same way. Assume they may be told. If that could put you at risk, note the username, the times and what was said instead.',
      beforeCapture: true,
    },
    {
      title: 'Vanish mode and view-once photos',
      detail:
        'Messages in vanish mode, and photos or videos sent to be viewed once, disappear and cannot be saved or replayed. Capture the chat around them as soon as you can.',
      beforeCapture: true,
    },
    reportingCanRemoveEvidence('post'),
    {
      title: 'Blocking can cut off your access',
      detail: 'Block the account only after you have captured the messages, profile and links.',
    },
    {
      title: 'Usernames can change',
      detail: 'Record the username and the profile address on the day you see them, and note the date.',
    },
    {
      title: 'Report menus change',
      detail:
        "Instagram's menus change. If you can't see the option described here, choose the closest one, or ask the Revenge Porn Helpline to report it for you.",
    },
  ],
  reporting: {
    route: 'Report in the Instagram app',
    helpUrl: sharedSources.metaNcii.url,
    steps: [
      'Capture your evidence first.',
      'Open the post, reel, story or profile.',
      'Tap the three dots (…).',
      'Tap Report.',
      'Choose the reason closest to intimate images shared without consent.',
      'If someone is threatening to share images, Instagram advises you to contact the police, report the person and block them.',
      'Keep any text you write short and factual: what happened and which rule it breaks.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold:
      'Assume they may find out that their post was reported or removed, even if Instagram does not tell them who reported it.',
    withoutAccount:
      'If you have no Instagram account, or would rather not use it, the Revenge Porn Helpline can report to Instagram for you.',
  },
  stopNcii: {
    status: 'partner',
    note: 'Instagram takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
    source: sharedSources.ayloStopNciiPartners,
  },
  sources: [
    sharedSources.metaNcii,
    {
      title: 'Instagram Help Centre: someone is threatening to share private images of me',
      url: 'https://help.instagram.com/616583228400289',
      kind: 'official',
    },
    sharedSources.rphSharedWithoutConsent,
    sharedSources.rphThreatsToShare,
    sharedSources.rphReportingToSocialMedia,
    {
      title: 'Hindustan Times: vanish mode on Instagram, what can and cannot be saved',
      url: 'https://www.hindustantimes.com/technology/secure-your-instagram-conversation-with-vanish-mode-check-steps-to-activate-101667649698342.html',
      kind: 'press',
    },
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H1, H3, L17): screenshot and vanish-mode warnings shown before the capture steps; whether the reported person is told is not on any Instagram page read (anonymity only in third-party copies), so the page tells her to assume they may find out; the no-account form and report wording are still unconfirmed, and the page now says what to do instead. November 2026: checked against the November 2026 platform audit rows for instagram.ts. The help link now goes to Meta's NCII page rather than the threats article. Dropped the http:// safeguarding-board page, so whether the reported person is told is now unconfirmed; dropped content-farm and mirror sources. Not confirmed: the current report wording and a no-account form.",
};
