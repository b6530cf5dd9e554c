// Evidence-capture and reporting guidance for Threads.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const threadsContent: PlatformContent = {
  id: 'threads',
  summary: "Threads posts, replies and profiles (Meta's app linked to Instagram)",
  identifiers: ['link', 'username'],
  doNow: [
    'Copy the link to the post or reply: tap Share, then Copy link. You do not need to open it.',
    'Note the username and the profile address, and the date you saw them.',
    'Take screenshots of the replies around it, with the times, but not the image itself.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Record the username and the profile address as they are now.',
      'Copy the web address of the post or reply.',
      'Make sure the date and time show, and capture the replies around it.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead.',
    ],
    copyLinkInApp: [
      'Under the post, tap Share (the paper plane), then Copy link.',
      'Keep the link as it is: you do not need to open it.',
    ],
    copyLinkOnWeb: [
      'If the post is already open in a web browser, scroll so that any image is off the screen. You do not need to open it to copy its link.',
      'Copy the full web address. A post address looks like threads.net/@username/post/ followed by a code (threads.com works too).',
    ],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'A Threads profile is an Instagram account',
      detail:
        'Threads accounts are linked to Instagram accounts. If the same person is also posting or messaging on Instagram, capture and report that too.',
    },
    reportingCanRemoveEvidence('post'),
    {
      title: 'Blocking can cut off your access',
      detail: 'Block the account only after you have captured the posts, replies and profile.',
    },
  ],
  reporting: {
    route: 'Report in the Threads app',
    helpUrl: sharedSources.metaNcii.url,
    steps: [
      'Capture your evidence first.',
      'On the post or profile, tap the three dots (…), then Report.',
      'Choose the reason closest to intimate images shared without consent. If you cannot see one, choose the closest one.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold:
      'Assume they may find out that their post was reported or removed, even if Threads does not tell them who reported it.',
    withoutAccount:
      "If you have no Threads account, or would rather not use it, the Revenge Porn Helpline can report to Meta's apps for you.",
  },
  stopNcii: {
    status: 'partner',
    note: 'Threads takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being posted there again.',
    source: sharedSources.ayloStopNciiPartners,
  },
  sources: [sharedSources.metaNcii, sharedSources.rphReportingToSocialMedia, sharedSources.engadgetStopNciiPartners],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H3, L17): the victim-facing 'not confirmed' sentences now say what to do; what is still not confirmed is listed below. New entry (audit §5.3). Partnership from Aylo's 2023 partner list and Engadget (2024). Meta's NCII hub is the help link; no Threads help article on reporting intimate images was read. Not confirmed: report wording, a no-account form, whether the reported person is told.",
};
