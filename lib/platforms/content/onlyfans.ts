// Evidence-capture and reporting guidance for OnlyFans.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const onlyfansContent: PlatformContent = {
  id: 'onlyfans',
  summary: 'OnlyFans profiles, posts and messages',
  identifiers: ['link', 'username'],
  doNow: [
    "Note the creator's username and copy the web address of their profile and of each post, without opening the posts again.",
    'Take screenshots of the profile and captions, with the date, but not the image itself.',
    'If it has been leaked to other sites, note each address separately.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report anything.',
      "Record the creator's username and the web address (URL) of their profile.",
      'Copy the web address of each post.',
      'Make sure the date and time show.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead.',
      'If your content was leaked from OnlyFans to other sites, record the address on each site separately.',
      'Keep all your links and screenshots together in one evidence folder.',
    ],
    copyLinkInApp: [],
    copyLinkOnWeb: [
      'If the profile or post is already open in a web browser, scroll so that any image is off the screen. You do not need to open it to copy its link.',
      'Copy the full web address from the address bar.',
      'A profile address looks like onlyfans.com/ followed by the username. Copy each address exactly as shown.',
    ],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Copyright claims can reveal who you are',
      detail:
        'A copyright (DMCA) claim can pass your details to the person who posted the content. Think about this before you choose Stolen Material (DMCA).',
    },
    reportingCanRemoveEvidence('content'),
  ],
  reporting: {
    route: 'Report a user, post or message on OnlyFans',
    helpUrl: 'https://blog.onlyfans.com/reporting-on-onlyfans/',
    steps: [
      'Capture your evidence first.',
      'Use the report option on the user, post or message.',
      'Choose the category that fits best: Offensive/TOS violating, Stolen Material (DMCA), Spam or Abuse.',
      "OnlyFans' terms say everyone in shared content must be a tagged creator or an adult who gave written consent and proof of ID.",
      'If you agreed to appear in content, you can withdraw your consent. The content may then be deleted.',
    ],
    reportedPersonTold:
      'Assume they may find out that their post was reported or removed, even if OnlyFans does not tell them who reported it.',
    withoutAccount:
      "If you have no OnlyFans account, the Revenge Porn Helpline can report to OnlyFans for you. OnlyFans' terms also refer to a Complaints Policy for people without an account, and give an appeal route if OnlyFans refuses.",
  },
  stopNcii: {
    status: 'partner',
    note: 'OnlyFans takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
    source: sharedSources.swgflStopNciiUn,
  },
  sources: [
    {
      title: 'OnlyFans blog: reporting on OnlyFans',
      url: 'https://blog.onlyfans.com/reporting-on-onlyfans/',
      kind: 'official',
    },
    {
      title: "Chayn: platform policies dataset (quoting OnlyFans' terms, complaints and appeals)",
      url: 'https://github.com/chaynHQ/tools',
      kind: 'ngo',
    },
    sharedSources.swgflHelpline,
    sharedSources.rphSharedWithoutConsent,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H3, L17): the Complaints Policy is still known only from Chayn's quote of OnlyFans' terms (not read); the page now leads with the helpline. Removed the leak-themed content-farm source naming a woman (audit C5, high) and the law-firm DMCA page. The no-account route is hedged: the Complaints Policy is known only from Chayn's quote of OnlyFans' terms. The help link is still OnlyFans' blog post: the AUP or Complaints Policy address could not be read.",
};
