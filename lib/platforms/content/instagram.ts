// Evidence-capture and reporting guidance for Instagram.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const instagramContent: PlatformContent = {
  id: 'instagram',
  summary: 'Instagram posts, reels, stories, profiles and direct messages',
  identifiers: ['link', 'username'],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Record the username and the web address (URL) of the profile as they are now.',
      'Write down the display name separately.',
      'Copy the web address of the post, reel or story.',
      'Make sure the date and time show.',
      'Capture the caption, the comments and any direct message thread, with the times.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead: the account, the caption, the comments and the date.',
    ],
    copyLinkInApp: [
      'Open the post, reel or story.',
      'Tap the three dots (…).',
      'Tap Copy link.',
      'For a profile, use the profile menu or Share to copy the link.',
      "Menus change often. If you can't see Copy link, look for Share.",
    ],
    copyLinkOnWeb: [
      'Open the post or profile in a web browser.',
      'Copy the full web address from the address bar.',
      'A profile address looks like instagram.com/username/.',
      'A post address looks like instagram.com/p/ followed by a code. Reels use instagram.com/reel/ instead.',
    ],
    downloadYourData: [
      "Go to Accounts Center in Instagram's settings.",
      'Choose to download your information.',
      'Choose the categories, the date range and the format (HTML or JSON).',
      'Instagram emails you a link, usually within a few hours and at most within 48 hours.',
      'Download the file within about 4 days, before the link stops working.',
      'The file can include your direct messages and photos or videos sent in them. Keep it somewhere private and do not share it.',
      'Menus change often. If the labels are different, search the settings for Download your information.',
    ],
  },
  traps: [
    {
      title: 'Vanish mode',
      detail:
        'In vanish mode, messages disappear once they are seen and you leave the chat. They cannot be copied, saved or forwarded. Capture what you can before you leave the chat.',
    },
    {
      title: 'Screenshots in vanish mode may alert the other person',
      detail:
        'Instagram has said it tells the other person when someone takes a screenshot or screen recording in vanish mode. We have not been able to confirm this is still the case, so assume they may be told.',
    },
    {
      title: 'Reporting can remove your evidence',
      detail:
        'If a report works, the post may be taken down before you have a record of it. Capture everything first. If you might want police action, think about contacting the police before you report.',
    },
    {
      title: 'Blocking can cut off your access',
      detail: 'Block the account only after you have captured the messages, profile and links.',
    },
    {
      title: 'Usernames can change',
      detail: 'Record the username and the profile address on the day you see them, and note the date.',
    },
    {
      title: 'Report menus change',
      detail:
        "We have not been able to confirm Instagram's current wording for reporting intimate images. If you can't see the option described here, choose the closest one.",
    },
  ],
  reporting: {
    route: 'Report in the Instagram app',
    helpUrl: 'https://help.instagram.com/616583228400289',
    steps: [
      'Capture your evidence first.',
      'Open the post, reel, story or profile.',
      'Tap the three dots (…).',
      'Tap Report.',
      'Choose the reason closest to intimate images shared without consent. The exact wording may differ from what we describe.',
      'If someone is threatening to share images, Instagram advises you to contact the police, report the person and block them.',
      'Keep any text you write short and factual: what happened and which rule it breaks.',
      'Save any report reference or confirmation message.',
    ],
    reportedPersonTold:
      'Instagram does not tell the person you report who reported them, and does not tell someone you block that you blocked them (according to a UK safeguarding children board).',
  },
  stopNcii: {
    status: 'partner',
    note: 'Instagram takes part in StopNCII.org, so if you were 18 or over in the image, a hash made on your device can help stop it being uploaded there again.',
  },
  sources: [
    {
      title: 'Instagram Help Centre: threats to share private images',
      url: 'https://help.instagram.com/616583228400289',
      kind: 'official',
    },
    {
      title: 'Instagram (2017): protecting intimate images on Instagram',
      url: 'https://about.instagram.com/blog/announcements/protecting-intimate-images-on-instagram/',
      kind: 'official',
    },
    {
      title: 'North East Lincolnshire Safeguarding Children Board: reporting on Instagram',
      url: 'http://nelsafeguardingchildrenboard.co.uk/instagram-reporting-sexting-or-bullying/',
      kind: 'ngo',
    },
    sharedSources.swgflStopNciiLaunch,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.rphThreatsToShare,
    sharedSources.rphReportingToSocialMedia,
    {
      title: 'Instagram address formats',
      url: 'https://www.gainsty.com/blog/instagram-url-format',
      kind: 'third-party',
    },
    {
      title: 'Finding and copying an Instagram link',
      url: 'https://qainsta.com/qa/view/what-is-a-url-and-where-to-find-it-on-instagram',
      kind: 'third-party',
    },
    {
      title: 'How the Instagram data download works',
      url: 'https://hooleft.me/blog/how-instagram-data-download-actually-works',
      kind: 'third-party',
    },
    {
      title: 'What the Instagram download includes',
      url: 'https://tecnoblogai.pages.dev/posts/como-fazer-backup-do-instagram-e-baixar-suas-fotos-no-pc-tecnoblog',
      kind: 'third-party',
    },
    {
      title: 'Vanish mode on Instagram',
      url: 'https://gadgets-africa.com/2020/12/18/vanish-mode-on-instagram-what-is-it-and-how-it-works/',
      kind: 'third-party',
    },
    {
      title: 'Vanish mode: what can and cannot be saved',
      url: 'https://www.hindustantimes.com/technology/secure-your-instagram-conversation-with-vanish-mode-check-steps-to-activate-101667649698342.html',
      kind: 'third-party',
    },
  ],
  lastReviewed: '2026-11-28',
};
