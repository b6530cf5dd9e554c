// Evidence-capture and reporting guidance for dating apps: Bumble, Tinder, Hinge and Grindr.
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { AppHelpPage, PlatformContent, PlatformSource } from '@/lib/platforms/types';

/**
 * Each app's own page on reporting, where one was found (no Grindr page was), linked from the
 * guide and cited among its sources from this one list.
 */
const appHelpPages: readonly AppHelpPage[] = [
  {
    app: 'Bumble',
    title: 'reported someone? Here is what happens next',
    url: 'https://bumble.com/en/the-buzz/reported-someone-on-bumble',
  },
  { app: 'Tinder', title: 'how to report someone', url: 'https://policies.tinder.com/safety-center/tools/how-to-report/intl/en-gb' },
  {
    app: 'Hinge',
    title: 'how to report someone after you have unmatched',
    url: 'https://help.hinge.co/hc/en-us/articles/47066375568787-How-do-I-Report-Someone-After-We-ve-Unmatched',
  },
];

const appHelpSources: readonly PlatformSource[] = [
  { title: 'Bumble: reported someone on Bumble? What happens next (will the person know it was you)', url: appHelpPages[0]!.url, kind: 'official' },
  { title: 'Tinder Safety Centre: how to report (before and after a match, and after an unmatch)', url: appHelpPages[1]!.url, kind: 'official' },
  { title: 'Hinge Help Centre: how do I report someone after we have unmatched?', url: appHelpPages[2]!.url, kind: 'official' },
];

export const datingAppsContent: PlatformContent = {
  id: 'dating-apps',
  reportTo: 'the app',
  summary: 'Bumble, Tinder, Hinge, Grindr and other dating apps: profiles, matches and chats',
  identifiers: ['username', 'link', 'phone'],
  doNow: [
    'Before you unmatch, block or report: take screenshots of the profile and the chat, with the times, but not the image itself.',
    'Note the name, age and any username exactly as shown, which app it is, and the date.',
    'If the chat moved to another app, note the phone number or username there too.',
  ],
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
      beforeCapture: true,
    },
    {
      title: 'Threats and demands for money (sextortion)',
      detail:
        "Someone may move the chat to another app, ask for images, then threaten to share them unless you pay. Don't pay or send more: stop contact, capture everything and report. Paying rarely ends it.",
    },
    {
      title: 'Report menus differ between apps',
      detail:
        "Each app's menus differ and change. Look for Report on the profile or in the chat's menu, and choose the reason closest to intimate images shared without consent or blackmail. Each app's own help page is linked below the steps.",
    },
  ],
  reporting: {
    route: "Each app's Report option, on the profile or in the chat",
    helpUrl: sharedSources.rphReportingToSocialMedia.url,
    steps: [
      'Capture your evidence first.',
      'Bumble: in the chat, tap the three dots (…), then Block & Report; or at the bottom of a profile, tap Hide & Report or Unmatch & Report. To report someone you have unmatched, contact Bumble support in the app or on its website.',
      'Tinder: open the profile, scroll down and tap Report; or in the chat, tap the three dots (…) or the shield, then Report. You can still report someone who has unmatched you, online through Tinder\u2019s help centre.',
      'Hinge: open the profile or chat, tap the three dots (…), then Report. For someone you unmatched in the last 30 days, use the Past Matches list in the Safety Center.',
      'Grindr: open the profile, tap the three dots (…) or the flag, then Report. If you have blocked them or been blocked, contact Grindr support from the app\u2019s settings.',
      'If the labels are different, look for Report.',
      'Say what happened in a few factual words: that intimate images were shared or threatened without your consent.',
      'Save any confirmation message.',
    ],
    reportedPersonTold:
      'Bumble says it will not tell the person you reported that you reported them, and Tinder says reports are confidential. On any app, assume they may guess, especially as reporting can unmatch you.',
    appHelpPages,
    withoutAccount:
      'Dating apps take most reports inside the app. If you have deleted the app or your account, the Revenge Porn Helpline can help you report.',
  },
  stopNcii: {
    status: 'partner',
    note: "Bumble takes part in StopNCII.org. Tinder, Hinge and Grindr are not on the StopNCII.org partner lists we read, so report to them directly.",
    source: sharedSources.saferInternetTiktokBumble,
  },
  sources: [
    sharedSources.rphReportingToSocialMedia,
    ...appHelpSources,
    sharedSources.rphThreatsToShare,
    sharedSources.saferInternetTiktokBumble,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (dating apps' own pages, H3, L17): read Bumble's 'Reported someone on Bumble?' (Hide & Report or Unmatch & Report on a profile, Block & Report in a chat, 'Will the person I reported know it was me? Nope') and a copy of its Block & Report post (report after unmatching through support); Tinder's Safety Centre 'How to report' (seen in its Catalan version; the en-gb address is the same page in English, so check it) and its Help Centre article 115003822043 (Danish copy: Report from the profile; reports by email); Tinder's harassment guide says reports are confidential (Hindi copy); Hinge Help 47066375568787 (Past Matches list, 30 days, Safety Center). No Grindr help page was found, so Grindr is not linked; its steps are the common pattern, and the blocked-user route through Support comes from a third-party summary. New entry (audit §5.4), one entry with per-app report steps. Bumble's StopNCII partnership from the UK Safer Internet Centre. The apps' own help pages were not read: the report steps are the common in-app pattern, hedged on the page; Tinder's reporting after an unmatch comes from a press summary of Tinder's blog. Not confirmed: each app's wording, no-account routes, whether the reported person is told.",
};
