// Evidence-capture and reporting guidance for Google Drive, Docs and Google Photos.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const googleDrivePhotosContent: PlatformContent = {
  id: 'google-drive-photos',
  reportTo: 'Google',
  summary: 'Files, folders and shared albums on Google Drive and Google Photos, and a Google Account someone else can get into',
  identifiers: ['link', 'email'],
  capture: {
    whatToCapture: [
      'Copy the link to the file, folder or shared album. Do not open or download the file to do it.',
      'Capture the name of the owner or the email address shown as sharing it, if you can see it without opening the image.',
      'Note where you found the link: who sent it, in which app, and when.',
      'If a screenshot would show the intimate image, capture the link and the message it came in instead.',
    ],
    copyLinkInApp: [
      'In Drive, tap the three dots (⋮) next to the file, then Copy link. In Google Photos, open the album and tap Share, then Copy link.',
      'Keep the link as it is. A Google Photos link may start photos.app.goo.gl: you do not need to open it.',
    ],
    copyLinkOnWeb: [
      'If the link reached you in a message, copy it from the message, without opening it.',
      'A Drive file address looks like drive.google.com/file/d/ followed by a long code.',
    ],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Check who else can see your photos',
      detail:
        'If the images came from your own Google account, someone may have your password or be signed in on another device. Google Photos can also share a library automatically with one other person (partner sharing). Check your sharing, shared albums and signed-in devices.',
    },
    {
      title: 'Files can be made private or deleted',
      detail: 'The owner can stop sharing a file at any time. Copy the link and capture the message it came in as soon as you can.',
    },
  ],
  reporting: {
    route: 'Report abuse in Google Drive or Google Photos',
    helpUrl: 'https://support.google.com/docs/answer/13560312?hl=en-GB',
    steps: [
      'Capture the link first.',
      "Google's rules for Drive, Docs and its other file services ban non-consensual explicit imagery, with no exceptions.",
      'In Drive, open the menu for the file (⋮) and choose Report abuse, or look for Report in Google Photos. The labels may differ from what we describe.',
      'Choose the reason closest to sexual images shared without consent.',
      "If the images also appear in Google Search, use Google's separate search removal request: see our Search results guide.",
    ],
    reportedPersonTold: null,
    withoutAccount:
      "We have not been able to confirm whether Google's Report abuse option needs a Google account. The Revenge Porn Helpline can help you report.",
  },
  stopNcii: {
    status: 'not-listed',
    note: 'Google has said it will use StopNCII.org hashes in Search. We have not seen that it uses them in Drive or Photos, and hashes cannot reach files shared privately.',
  },
  sources: [
    {
      title: 'Google Docs Editors Help: abuse programme policies for Drive, Docs and Sites (non-consensual explicit imagery)',
      url: 'https://support.google.com/docs/answer/13560312?hl=en-GB',
      kind: 'official',
    },
    sharedSources.googleStopNcii,
    sharedSources.ccriOnlineRemoval,
    sharedSources.rphReportingToSocialMedia,
  ],
  lastReviewed: '2026-11-29',
  reviewNote:
    "New entry (audit §5.5 and C3). Read a stored copy of Google's abuse programme policies (13560312, seen through a mirror: NCEI listed, no EDSA exemption) and CCRI's guide. Not confirmed on Google's own pages: the exact Report abuse labels in Drive and Photos, whether reporting needs an account, and partner sharing (a well-known Google Photos feature, stated without a source).",
};
