// Evidence-capture and reporting guidance for dating apps: Bumble, Tinder, Hinge and Grindr.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const datingAppsContent: PlatformContent = {
  id: 'dating-apps',
  reportTo: 'the app',
  summary: 'Bumble, Tinder, Hinge, Grindr and other dating apps: profiles, matches and chats',
  identifiers: ['username', 'link', 'phone'],
  capture: {
    whatToCapture: [
      'Capture the chat and the profile before you unmatch, block or report. On most dating apps, unmatching removes the chat for both of you.',
      "Capture the profile: the name, age, photos that are not intimate, the bio and any username, and which app it is.",
      'Capture the whole chat, with the times, including any threats or demands for money.',
      'If the chat moved to another app (WhatsApp, Snapchat, Instagram), record the phone number or username there too, and use that guide.',
      'If a screenshot would show the intimate image, capture the messages around it instead.',
    ],
    copyLinkInApp: [
      'Most dating-app profiles have no web address. Record the name and details exactly as shown, and the date.',
      'Tinder profiles can have a link like tinder.com/@username, if the person made one.',
    ],
    copyLinkOnWeb: [],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Unmatching deletes the chat',
      detail:
        'On Bumble, Tinder, Hinge and Grindr, unmatching or blocking usually removes the conversation. Capture it first. Reporting may also unmatch you, so capture before you report too.',
    },
    {
      title: 'Threats and demands for money (sextortion)',
      detail:
        "Someone may move the chat to another app, ask for images, then threaten to share them unless you pay. Don't pay or send more: stop contact, capture everything and report. Paying rarely ends it.",
    },
    {
      title: 'Report menus differ between apps',
      detail:
        "We have not been able to read each app's own help page on reporting. Look for Report on the profile or in the chat's menu, and choose the reason closest to intimate images shared without consent or blackmail.",
    },
  ],
  reporting: {
    route: "Each app's Report option, on the profile or in the chat",
    helpUrl: sharedSources.rphReportingToSocialMedia.url,
    steps: [
      'Capture your evidence first.',
      'Bumble: open the profile or chat, tap the three dots (…), then Report.',
      'Tinder: open the profile or chat, then Report. You can still report someone who has unmatched you, from the safety section of the app.',
      'Hinge: open the profile or chat, tap the three dots (…), then Report.',
      'Grindr: open the profile, tap the three dots (…) or the flag, then Report.',
      'The labels may differ from what we describe: look for Report.',
      'Say what happened in a few factual words: that intimate images were shared or threatened without your consent.',
      'Save any confirmation message.',
    ],
    reportedPersonTold: null,
    withoutAccount:
      'Dating apps take most reports inside the app. If you have deleted the app or your account, the Revenge Porn Helpline can help you report.',
  },
  stopNcii: {
    status: 'partner',
    note: "Bumble takes part in StopNCII.org. We have not seen Tinder, Hinge or Grindr in StopNCII.org's partner lists.",
    source: sharedSources.saferInternetTiktokBumble,
  },
  sources: [
    sharedSources.rphReportingToSocialMedia,
    sharedSources.rphThreatsToShare,
    sharedSources.saferInternetTiktokBumble,
  ],
  lastReviewed: '2026-11-29',
  reviewNote:
    "New entry (audit §5.4), one entry with per-app report steps. Bumble's StopNCII partnership from the UK Safer Internet Centre. The apps' own help pages were not read: the report steps are the common in-app pattern, hedged on the page; Tinder's reporting after an unmatch comes from a press summary of Tinder's blog. Not confirmed: each app's wording, no-account routes, whether the reported person is told.",
};
