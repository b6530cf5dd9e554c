// Evidence-capture and reporting guidance for Reddit.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const redditContent: PlatformContent = {
  id: 'reddit',
  summary: 'Reddit posts, comments, profiles and chats',
  identifiers: ['link', 'username'],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Save the permalink (the direct web address) of each post, comment or chat message.',
      'Record the subreddit name and the username of the person who posted it.',
      'Make sure the date and time of the post show.',
      'Capture the post, the comments and any chat messages around it.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead: the title, the subreddit, the username, the comments and the date.',
    ],
    copyLinkInApp: [
      "If you can't find a way to copy the link in the app, open the post in a web browser instead.",
    ],
    copyLinkOnWeb: [
      'Open the post or comment in a web browser.',
      'Copy the full web address from the address bar.',
      'A post address looks like reddit.com/r/subreddit/comments/ followed by a code and the title.',
      'Usernames are shown as u/ followed by the name.',
    ],
    downloadYourData: [
      "We have not been able to confirm how Reddit's data request works. Rely on your screenshots and links.",
    ],
  },
  traps: [
    {
      title: 'Reporting can remove your evidence',
      detail:
        'If a report works, the post may be taken down before you have a record of it. Capture everything first. If you might want police action, think about contacting the police before you report.',
    },
    {
      title: 'Report menus change',
      detail:
        "We have not been able to confirm the current wording of Reddit's report form. Look for the option about non-consensual intimate media.",
    },
  ],
  reporting: {
    route: 'Report non-consensual intimate media on Reddit',
    helpUrl: 'https://redditinc.com/policies/reddit-rules',
    steps: [
      'Capture your evidence first.',
      "Reddit's rules ban non-consensual intimate media. This includes a partner sharing images without consent.",
      'Use the report option on the post, comment or chat message.',
      'Choose the option about non-consensual intimate media, if you see one.',
      'Give the permalink for each post, comment or message you report.',
      'Keep any text you write short and factual: what happened and which rule it breaks.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold: null,
  },
  stopNcii: {
    status: 'partner',
    note: 'Reddit takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
  },
  sources: [
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
    {
      title: 'SWGfL: Reddit joins StopNCII.org',
      url: 'https://swgfl.org.uk/magazine/stopncii-org-presented-in-new-york-at-the-un-commission-on-the-status-of-women',
      kind: 'ngo',
    },
    sharedSources.swgflStopNciiLaunch,
    sharedSources.rphReportingToSocialMedia,
    sharedSources.rphSharedWithoutConsent,
    {
      title: 'r/RedditPoliceDept: reporting needs the permalink',
      url: 'https://www.reddit.com/r/RedditPoliceDept/',
      kind: 'third-party',
    },
  ],
  lastReviewed: '2026-11-28',
};
