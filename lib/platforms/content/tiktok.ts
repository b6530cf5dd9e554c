// Evidence-capture and reporting guidance for TikTok.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const tiktokContent: PlatformContent = {
  id: 'tiktok',
  summary: 'TikTok videos, profiles, comments and messages',
  identifiers: ['link', 'username'],
  doNow: [
    'Copy the link to the video or profile: tap Share, then Copy link. You do not need to open it.',
    'Note the @username and the date you saw it.',
    'Take screenshots of the comments and messages, with the times, but not the video itself.',
  ],
  capture: {
    whatToCapture: [
      'If it shows someone under 18, do not download, capture or share it. Report it straight away.',
      'Take screenshots before you report, block or delete anything.',
      "Record the video's full web address (URL).",
      'Capture the @username and the profile page.',
      'Make sure the date and time show.',
      'Capture the comments and any direct messages, with the times.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead: the account, the caption, the comments and the date.',
      "Don't comment on, share or interact with the video.",
    ],
    copyLinkInApp: [
      'For a video or a profile, tap Share, then Copy link.',
      'The link may be short, starting vm.tiktok.com or tiktok.com/t/. Keep it as it is: you do not need to open it, and opening it would show you the video again.',
    ],
    copyLinkOnWeb: [
      'If the video is already open in a web browser, scroll so that any image is off the screen. You do not need to open it to copy its link.',
      'Copy the full web address from the address bar.',
      'A video address looks like tiktok.com/@username/video/ followed by a long number.',
      'A profile address looks like tiktok.com/@username. Keep the @ sign.',
      'If the account changes its username, its profile address changes too, so note the date you copied it.',
    ],
    downloadYourData: [
      'Go to your Profile and tap the menu (☰).',
      'Tap Settings and privacy, then Account.',
      'Tap Download your data, then Request data.',
      'Choose TXT or JSON.',
      'It can take up to 3 days to be ready.',
      'The file includes a record of your messages. Keep it somewhere private.',
      'Menus change often. If the labels are different, search the settings for Download your data.',
    ],
  },
  traps: [
    {
      title: 'Usernames can change',
      detail:
        'If the account changes its username, the profile address changes. Save the full video address and note the date.',
    },
    reportingCanRemoveEvidence('video'),
    {
      title: 'Blocking can cut off your access',
      detail: 'Block the account only after you have captured the messages, profile and links.',
    },
  ],
  reporting: {
    route: 'Report in the TikTok app: Violence, abuse, and criminal exploitation',
    helpUrl: 'https://www.tiktok.com/safety/resources/sexual-assault-resources',
    steps: [
      'Capture your evidence first.',
      'Open the video, comment, message or profile and choose Report.',
      'Choose Violence, abuse, and criminal exploitation.',
      'If you are 18 or over, choose Sexual exploitation and abuse.',
      'If it involves someone under 18, choose Exploitation and abuse of people under 18.',
      'If you are shown in a sexual deepfake on TikTok, you can also use its web form for this. TikTok sends updates by text message or email.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold:
      'TikTok says it will not tell the person you report who reported them. If it removes the video, assume they will be told it was removed.',
    withoutAccount:
      "TikTok's web form, which works in a web browser, is for sexual deepfakes of you and for images of a child. For any other intimate image, if you have no TikTok account or would rather not use it, the Revenge Porn Helpline can report to TikTok for you.",
  },
  stopNcii: {
    status: 'partner',
    note: 'TikTok takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
    source: sharedSources.saferInternetTiktokBumble,
  },
  sources: [
    {
      title: 'TikTok Safety Centre: sexual assault and image-based abuse resources',
      url: 'https://www.tiktok.com/safety/resources/sexual-assault-resources',
      kind: 'official',
    },
    {
      title: 'TikTok Help Centre: web form for child sexual abuse material and sexual deepfakes',
      url: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-sexual-abuse',
      kind: 'official',
    },
    sharedSources.rphSharedWithoutConsent,
    {
      title: 'PIRG: how to request and download your TikTok data',
      url: 'https://pirg.org/edfund/resources/how-to-request-and-download-tiktok-data/',
      kind: 'ngo',
    },
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (L10, H3, L17): the web form is described as TikTok's Help Centre does (child sexual abuse material and sexual deepfakes), with the helpline for other images; whether it needs an account is still not confirmed. November 2026: checked against the November 2026 platform audit rows for tiktok.ts: under-18 warning first, share links kept as pasted rather than opened, Safety Centre link without app and tracking parameters (same path as before, no en-GB version confirmed), dropped content-farm and utm-tagged sources.",
};
