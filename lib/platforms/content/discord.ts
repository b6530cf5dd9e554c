// Evidence-capture and reporting guidance for Discord.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const discordContent: PlatformContent = {
  id: 'discord',
  summary: 'Discord servers, channels and direct messages',
  identifiers: ['link', 'username', 'chat-name'],
  doNow: [
    'Copy the link to each message: press and hold it, then Copy Message Link.',
    'Note the username (not only the display name), the server and the channel.',
    'Take screenshots of the messages around the image, with the times, but not the image itself.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or leave anything.',
      'Capture the username of the account, not only the display name, which can change.',
      'Copy the link to each message (see below), and capture the messages around it with the times.',
      'Record the server name and the channel name, and any invite link.',
      'If a screenshot would show the intimate image, capture the messages and the names around it instead.',
    ],
    copyLinkInApp: [
      'Press and hold the message (on a computer, right-click it).',
      'Tap Copy Message Link.',
      'The link starts discord.com/channels/ followed by long numbers. Keep it as it is: it points to that one message.',
    ],
    copyLinkOnWeb: [
      'In Discord in a web browser, open the channel and copy the address from the address bar.',
      'For a single message, use Copy Message Link from its menu.',
    ],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Messages and servers can disappear',
      detail:
        'The sender can delete messages, and a server can be deleted or made private. Capture what you can as soon as you see it.',
    },
    {
      title: 'Leaving or blocking can cut off your access',
      detail: 'Leave the server or block the account only after you have captured the messages and copied their links.',
    },
    {
      title: "Don't go looking in servers that trade images",
      detail:
        "If you have heard that your images are being shared in a server, do not join it to look. Tell the Revenge Porn Helpline or the police what you know, and let them help.",
    },
  ],
  reporting: {
    route: "Report in the Discord app, or Discord's web form",
    helpUrl: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
    steps: [
      'Capture your evidence first.',
      'Press and hold the message (on a computer, right-click it), then tap Report Message.',
      'Choose the reason closest to intimate images shared without consent.',
      'To report a server or an account, open it and look for Report in its menu.',
      "Or use Discord's web form at discord.com/report.",
      'Discord bans sharing sexual images of someone without their consent, including AI-made ones.',
      'Report once. Discord asks people not to send several reports about the same thing.',
      'Save any confirmation email.',
    ],
    reportedPersonTold:
      'Discord says, in its page on intimate images for US users, that your report stays confidential and it does not give your details to the person who uploaded them. If it removes the content, assume they will be told it was removed.',
    withoutAccount:
      'Discord says you can still report if you do not have a Discord account, through its web form.',
  },
  stopNcii: {
    status: 'unverified',
    note: "Discord is not on the StopNCII.org partner lists we read, so report to Discord directly.",
  },
  sources: [
    {
      title: 'Discord Safety Centre: reporting abusive behaviour (with or without an account)',
      url: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
      kind: 'official',
    },
    {
      title: 'Discord: non-consensual adult intimate media policy explainer',
      url: 'https://discord.com/safety/non-consensual-intimate-media-policy-explainer',
      kind: 'official',
    },
    {
      title: 'Discord Support: reporting intimate images under the US Take It Down Act (confidentiality)',
      url: 'https://support.discord.com/hc/articles/38675715591831',
      kind: 'official',
    },
    sharedSources.rphReportingToSocialMedia,
    sharedSources.rphSharedWithoutConsent,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (H3, L17): the StopNCII status note says what to do; a removal is assumed to be announced. New entry (audit §5.2). Read stored copies of Discord's reporting article (no account needed; don't send repeated reports), its TIDA support article (discord.com/report web form; confidentiality; US-only form) and its NCII policy explainer (seen only through a mirror; its discord.com address is assumed to be the same path, so check it). Not confirmed: in-app report wording, StopNCII partnership, the data download's contents.",
};
