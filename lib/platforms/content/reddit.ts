// Evidence-capture and reporting guidance for Reddit.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const redditContent: PlatformContent = {
  id: 'reddit',
  summary: 'Reddit posts, comments, profiles and chats',
  identifiers: ['link', 'username'],
  doNow: [
    'Copy the link to each post or comment: tap Share, then Copy link. Keep it as it is.',
    'Note the subreddit and the username of the person who posted it, and the date.',
    'Take screenshots of the title, the comments and any chat messages, with the times, but not the image itself.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Save the permalink (the direct web address) of each post or comment. Chat messages have no permalink: screenshot them with the username and time.',
      'Record the subreddit name and the username of the person who posted it.',
      'Make sure the date and time of the post show.',
      'Capture the post, the comments and any chat messages around it.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead: the title, the subreddit, the username, the comments and the date.',
    ],
    copyLinkInApp: [
      'Tap Share on the post or comment, then Copy link. The link may be short, with /s/ in it: keep it as it is.',
      "If you can't find Copy link, open the post in a web browser instead.",
    ],
    copyLinkOnWeb: [
      'If the post or comment is already open in a web browser, scroll so that any image is off the screen. You do not need to open it to copy its link.',
      'Copy the full web address from the address bar.',
      'A post address looks like reddit.com/r/subreddit/comments/ followed by a code and the title. A post with several images may start reddit.com/gallery/.',
      'Usernames are shown as u/ followed by the name.',
    ],
    downloadYourData: [],
  },
  traps: [
    reportingCanRemoveEvidence('post'),
    {
      title: 'Report menus change',
      detail:
        "Reddit's report form changes. Look for the option about non-consensual intimate media, or the closest one, or ask the Revenge Porn Helpline to report it for you.",
    },
  ],
  reporting: {
    route: 'Report non-consensual intimate media on Reddit',
    helpUrl: 'https://www.reddit.com/report',
    steps: [
      'Capture your evidence first.',
      "Reddit's rules ban non-consensual intimate media. This includes a partner sharing images without consent.",
      'Use the report option on the post or comment, or the form at reddit.com/report.',
      'Choose the option about non-consensual intimate media, if you see one.',
      'For a chat message, press and hold it, then Report.',
      'Give the permalink for each post, comment or message you report.',
      'Keep any text you write short and factual: what happened and which rule it breaks.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold:
      'Assume they may find out that their post was reported or removed, even if Reddit does not tell them who reported it.',
    withoutAccount:
      'If the reddit.com/report form asks for an account you do not have, the Revenge Porn Helpline can report to Reddit for you.',
  },
  stopNcii: {
    status: 'partner',
    note: 'Reddit takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
    source: sharedSources.swgflStopNciiUn,
  },
  sources: [
    {
      title: 'Reddit: report form (reddit.com/report)',
      url: 'https://www.reddit.com/report',
      kind: 'official',
    },
    {
      title: 'Reddit rules',
      url: 'https://redditinc.com/policies/reddit-rules',
      kind: 'official',
    },
    {
      title: 'Reddit Safety: evolving our rule on non-consensual intimate media (2022)',
      url: 'https://www.reddit.com/r/RedditSafety/comments/t8zloo/evolving_our_rule_on_nonconsensual_intimate_media/',
      kind: 'official',
    },
    sharedSources.rphReportingToSocialMedia,
    sharedSources.rphSharedWithoutConsent,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H3, L17): victim-facing doubts replaced with what to do; still not confirmed: the form's wording, whether it needs an account, whether the reported person is told. November 2026: checked against the November 2026 platform audit rows for reddit.ts: help link is now reddit.com/report (its NCIM option was described in a third-party copy, not read live), chat messages have no permalink, gallery links, share links kept, unofficial r/RedditPoliceDept removed. The data-request section is left out because we could not confirm it.",
};
