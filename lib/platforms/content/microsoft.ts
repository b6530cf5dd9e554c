// Evidence-capture and reporting guidance for Microsoft's consumer services: Bing, OneDrive,
// Outlook.com and Xbox.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const microsoftContent: PlatformContent = {
  id: 'microsoft',
  summary: 'OneDrive files, Outlook.com, Xbox and Bing, and a Microsoft account someone else can get into',
  identifiers: ['link', 'email', 'username'],
  doNow: [
    'Copy the link to the OneDrive file or folder, or the Bing result, without opening it.',
    'For Xbox, take a screenshot of the gamertag and the messages, with the times.',
    'Note who sent the link, in which app, and when.',
  ],
  capture: {
    whatToCapture: [
      'Copy the link to the OneDrive file or folder, without opening it.',
      'For Xbox, capture the gamertag and the messages, with the times.',
      'For Outlook.com, capture the sender\u2019s email address: our Email guide says how to keep the full details.',
      'For Bing, copy the addresses of the results and of the pages they lead to.',
      'If a screenshot would show the intimate image, capture the link and the messages around it instead.',
    ],
    copyLinkInApp: [
      'In OneDrive, tap the three dots next to the file, then Share, then Copy link. A link may start 1drv.ms: keep it as it is.',
    ],
    copyLinkOnWeb: ['If the link reached you in a message, copy it from the message, without opening it.'],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Someone else may be signed in to your Microsoft account',
      detail:
        "If images came from your OneDrive, someone may know your password. Your Microsoft account's security page shows recent sign-in activity. Change the password and turn on two-step verification, thinking first about whether that could alert someone who is hurting you.",
    },
    {
      title: 'Removing a search result does not remove the page',
      detail: 'Bing removing a link does not remove the content from the website. Report it to the website too.',
    },
  ],
  reporting: {
    route: "Microsoft's form to report non-consensual intimate imagery",
    helpUrl: sharedSources.microsoftNciiForm.url,
    steps: [
      'Capture the links first.',
      "Open Microsoft's form for reporting non-consensual intimate imagery. It covers Bing results and content on OneDrive and Xbox.",
      'Give the web address of each file, result or page.',
      'The form lets you add a police report or court order, but Microsoft said when it launched the form that it considers reports without them.',
      'Microsoft said it removes the content or links worldwide, not only in the UK.',
      'On Xbox, you can also report a player or message from its menu in the Xbox app or console.',
    ],
    reportedPersonTold:
      'Assume they may find out that their file or content was reported or removed, even if Microsoft does not tell them who reported it.',
    withoutAccount:
      "If Microsoft's form asks for an account you do not have, or you would rather not use one, the Revenge Porn Helpline can help you report.",
  },
  stopNcii: {
    status: 'partner',
    note: 'Microsoft uses StopNCII.org hashes in Bing image search. It has not said that it uses them in OneDrive or Xbox, so report files there directly.',
    source: sharedSources.engadgetStopNciiPartners,
  },
  sources: [
    sharedSources.microsoftNciiForm,
    sharedSources.ccriOnlineRemoval,
    sharedSources.rphReportingToSocialMedia,
    sharedSources.microsoftNciiAnnouncement,
    sharedSources.engadgetStopNciiPartners,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (L12, H3, L17): the form is linked on Microsoft's en-gb address (the same path as the en-us one other projects link; neither was opened); doubts moved here from the page. New entry (audit §5.6). Microsoft's 2015 announcement (HuffPost UK, by its chief online safety officer; Windows Central on optional police reports) and the 2024 Bing StopNCII announcement (Engadget, Neowin). The form's address is Microsoft's en-us page as other projects link it; it was not opened. Not confirmed: whether it covers Outlook.com mail, whether it needs an account, Xbox report labels.",
};
