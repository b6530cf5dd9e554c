// Evidence-capture and reporting guidance for OnlyFans.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const onlyfansContent: PlatformContent = {
  id: 'onlyfans',
  summary: 'OnlyFans profiles, posts and messages',
  identifiers: ['link', 'username'],
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
      'Open the profile or post in a web browser.',
      'Copy the full web address from the address bar.',
      'We have not been able to confirm how OnlyFans addresses look, so copy each one exactly as shown.',
    ],
    downloadYourData: ['We have not been able to confirm how to download your data from OnlyFans.'],
  },
  traps: [
    {
      title: 'Copyright claims can reveal who you are',
      detail:
        'A copyright (DMCA) claim can pass your details to the person who posted the content. Think about this before you choose Stolen Material (DMCA).',
    },
    {
      title: 'Reporting can remove your evidence',
      detail:
        'If a report works, the content may be taken down before you have a record of it. Capture everything first. If you might want police action, think about contacting the police before you report.',
    },
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
      'We have not found a report form for people without an OnlyFans account.',
      'If you are 18 or over, the Revenge Porn Helpline can help: call 0345 6000 459.',
    ],
    reportedPersonTold: null,
  },
  stopNcii: {
    status: 'partner',
    note: 'OnlyFans takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
  },
  sources: [
    {
      title: 'OnlyFans blog: reporting on OnlyFans',
      url: 'https://blog.onlyfans.com/reporting-on-onlyfans/',
      kind: 'official',
    },
    {
      title: "Chayn: platform policies dataset (quoting OnlyFans' terms)",
      url: 'https://github.com/chaynHQ/tools',
      kind: 'ngo',
    },
    {
      title: 'SWGfL: OnlyFans joins StopNCII.org',
      url: 'https://swgfl.org.uk/magazine/stopncii-org-presented-in-new-york-at-the-un-commission-on-the-status-of-women',
      kind: 'ngo',
    },
    sharedSources.swgflStopNciiLaunch,
    sharedSources.swgflHelpline,
    sharedSources.rphSharedWithoutConsent,
    {
      title: 'Creators and leaks: keeping an evidence folder',
      url: 'https://winenfood.com/platform-policies-on-a-carly-jane-onlyfans-leak',
      kind: 'third-party',
    },
    sharedSources.takedownsAndCopyright,
  ],
  lastReviewed: '2026-11-28',
};
