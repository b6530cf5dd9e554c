// Evidence-capture and reporting guidance for Google Drive, Docs and Google Photos.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const googleDrivePhotosContent: PlatformContent = {
  id: 'google-drive-photos',
  reportTo: 'Google',
  summary: 'Files, folders and shared albums on Google Drive and Google Photos, and a Google Account someone else can get into',
  identifiers: ['link', 'email'],
  doNow: [
    'Copy the link to the file, folder or shared album, without opening it.',
    'Note who sent it, in which app, and when.',
    'Take a screenshot of the message the link came in, but not the image itself.',
  ],
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
    route: "Google's form to report images or videos posted without your consent",
    helpUrl: 'https://support.google.com/blogger/answer/7540088?hl=en-GB',
    steps: [
      'Capture the link first.',
      "Use Google's form for intimate images or videos posted without your consent. It covers Google Drive, Google Photos, Blogger, Sites, Groups and Classroom.",
      'Google asks that you can be identified (by your face or your name, for example), that it is a private nude, sexual or intimate image or video, and that it was made available without your consent.',
      'Give the link to each file, folder or album.',
      'Google may tell the other person that it has received a request. Read "Will they know you reported it?" before you send it.',
      'In Google Photos you can also use Report abuse on a shared album, but you need to be signed in to a Google Account to do it.',
      "If the images also appear in Google Search, use Google's separate search removal request: see our Search results guide.",
    ],
    reportedPersonTold: 'Google says it may tell the other person that it has received a request about the image.',
    withoutAccount:
      "Report abuse in Google Photos needs you to be signed in to a Google Account. If you would rather not use one, use Google's form above, or ask the Revenge Porn Helpline to report it for you.",
  },
  stopNcii: {
    status: 'not-listed',
    note: 'Google has said it will use StopNCII.org hashes in Search, not that it uses them in Drive or Photos, and hashes cannot reach files shared privately. Report files to Google directly.',
  },
  sources: [
    {
      title: 'Google: report inappropriate images or videos posted without your consent (Blogger, Drive, Groups, Photos, Sites, Classroom)',
      url: 'https://support.google.com/blogger/answer/7540088?hl=en-GB',
      kind: 'official',
    },
    {
      title: 'Google Photos Help: report offensive or unwanted photos (you need to be signed in)',
      url: 'https://support.google.com/photos/answer/7066109?hl=en-GB',
      kind: 'official',
    },
    {
      title: 'Google Docs Editors Help: abuse programme policies for Drive, Docs and Sites (non-consensual explicit imagery)',
      url: 'https://support.google.com/docs/answer/13560312?hl=en-GB',
      kind: 'official',
    },
    sharedSources.googleStopNcii,
    sharedSources.ccriOnlineRemoval,
    sharedSources.rphReportingToSocialMedia,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (M6, H3, L17): the route is now Google's own intimate-image form, blogger/answer/7540088 (read in a stored German copy: covers Blogger, Drive, Groups, Photos, Sites and Classroom; identifiable, private intimate image, made available without consent; 'we may inform the other person that we have received a request'). The English title and whether the form needs an account were not seen. Photos' Report abuse needs sign-in (Photos Help 7066109, as quoted in the December review). New entry (audit §5.5 and C3). Read a stored copy of Google's abuse programme policies (13560312, seen through a mirror: NCEI listed, no EDSA exemption) and CCRI's guide. Not confirmed on Google's own pages: the exact Report abuse labels in Drive and Photos, whether reporting needs an account, and partner sharing (a well-known Google Photos feature, stated without a source).",
};
