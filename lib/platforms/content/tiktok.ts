// Evidence-capture and reporting guidance for TikTok.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const tiktokContent: PlatformContent = {
  id: 'tiktok',
  summary: 'TikTok videos, profiles, comments and messages',
  identifiers: ['link', 'username'],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      "Record the video's full web address (URL).",
      'Capture the @username and the profile page.',
      'Make sure the date and time show.',
      'Capture the comments and any direct messages, with the times.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead: the account, the caption, the comments and the date.',
      "Don't comment on, share or interact with the video.",
      'If it shows someone under 18, do not download, capture or share it. Report it straight away.',
    ],
    copyLinkInApp: [
      'For a profile, tap Share, then Copy link.',
      'If you get a short link (starting vm.tiktok.com or tiktok.com/t/), open it in a web browser and save the full address it leads to.',
    ],
    copyLinkOnWeb: [
      'Open the video in a web browser.',
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
    {
      title: 'Reporting can remove your evidence',
      detail:
        'If a report works, the video may be taken down before you have a record of it. Capture everything first. If you might want police action, think about contacting the police before you report.',
    },
    {
      title: 'Blocking can cut off your access',
      detail: 'Block the account only after you have captured the messages, profile and links.',
    },
  ],
  reporting: {
    route: 'Report in the TikTok app: Violence, abuse, and criminal exploitation',
    helpUrl: 'https://tiktok.com/safety/resources/sexual-assault-resources?appLaunch=web&lang=en',
    steps: [
      'Capture your evidence first.',
      'Open the video, comment, message or profile and choose Report.',
      'Choose Violence, abuse, and criminal exploitation.',
      'If you are 18 or over, choose Sexual exploitation and abuse.',
      'If it involves someone under 18, choose Exploitation and abuse of people under 18.',
      'If you are shown in a sexual deepfake on TikTok, you can also use its web form for this. TikTok sends updates by text message or email.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold: 'TikTok says it will not tell the person you report who reported them.',
  },
  stopNcii: {
    status: 'partner',
    note: 'TikTok takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
  },
  sources: [
    {
      title: 'TikTok Safety Centre: sexual assault and image-based abuse resources',
      url: 'https://tiktok.com/safety/resources/sexual-assault-resources?appLaunch=web&lang=en',
      kind: 'official',
    },
    {
      title: 'TikTok Help Centre: report sexual abuse or deepfakes (web form)',
      url: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-sexual-abuse',
      kind: 'official',
    },
    {
      title: 'UK Safer Internet Centre: TikTok joins StopNCII.org',
      url: 'https://saferinternet.org.uk/blog/swgfl-welcome-new-industry-partners-tiktok-and-bumble-to-stopncii-org',
      kind: 'ngo',
    },
    sharedSources.swgflStopNciiLaunch,
    {
      title: 'PIRG: how to request and download your TikTok data',
      url: 'https://pirg.org/edfund/resources/how-to-request-and-download-tiktok-data/',
      kind: 'ngo',
    },
    sharedSources.rphSharedWithoutConsent,
    {
      title: 'TikTok profile links',
      url: 'https://www.techzerg.com/tiktok-url-link/',
      kind: 'third-party',
    },
    {
      title: 'TikTok link formats',
      url: 'https://snagtik.com/share-link-formats/',
      kind: 'third-party',
    },
    {
      title: 'Does a TikTok account have a URL?',
      url: 'https://www.socialexperttips.com/does-my-tiktok-account-have-a-url/',
      kind: 'third-party',
    },
    {
      title: 'How long a TikTok data download takes',
      url: 'https://history-computer.com/how-to-download-your-data-from-tiktok-with-photos/?utm_source=google_webstory&utm_medium=google_webstory&utm_term=link_1&utm_campaign=post_127508',
      kind: 'third-party',
    },
  ],
  lastReviewed: '2026-11-28',
};
