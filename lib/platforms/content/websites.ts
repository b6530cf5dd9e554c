// Evidence-capture and reporting guidance for websites, including adult sites such as Pornhub (Aylo).
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const websitesContent: PlatformContent = {
  id: 'websites',
  reportTo: 'the website',
  summary: 'Any website, including adult sites such as Pornhub',
  identifiers: ['link', 'username'],
  capture: {
    whatToCapture: [
      'Take screenshots before you report anything.',
      'Capture the whole browser window, with the web address (URL) showing in the address bar.',
      "Capture the uploader's account name, the title and the upload date.",
      "Copy the web address of the page and of the uploader's page.",
      'Do not capture the explicit frames. Capture the page around them instead.',
      'Name your files the same way each time: the site, the address, what it shows, the date and a number.',
    ],
    copyLinkInApp: [],
    copyLinkOnWeb: [
      'Open the page in a web browser.',
      'Select the address bar and copy the full web address.',
      'Paste it into your evidence log with the date you found it.',
      'Do this for every page, including each copy on another site.',
    ],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Copyright claims can reveal who you are',
      detail:
        "A copyright (DMCA) claim can pass your details to the person who uploaded the content. Use the site's privacy or intimate-image route instead where you can.",
    },
    reportingCanRemoveEvidence('page'),
    {
      title: 'Search results are a separate request',
      detail: 'As well as reporting to the site, ask Google and Bing to remove the pages from their search results.',
    },
  ],
  reporting: {
    route: "The site's content removal or complaint form",
    helpUrl: sharedSources.swgflHelpline.url,
    steps: [
      'Capture the page and its web address first.',
      "Look for the site's content removal or complaint form, or a Report button near the content.",
      'Adult sites usually ask for your name, the web addresses, confirmation that you appear in the content, and a short description.',
      'On Pornhub, use the Report button under the video or the content removal form at pornhub.com/content-removal.',
      'Under a 2025 US settlement, sites owned by Aylo, such as Pornhub, YouPorn and Redtube, must offer a Content Removal Request option.',
      'On Aylo sites you can ask for a case manager to help you through removal.',
      'Ask Google and Bing to remove the pages from search results as well.',
      "If the site ignores you, the company that hosts it may act. The Revenge Porn Helpline can find the hosting company's abuse contact and report to it for you.",
    ],
    reportedPersonTold: null,
    withoutAccount:
      'Content removal forms on websites are usually open to anyone, with no account. Some hosting and network companies pass the complainant\'s details to the site owner, so read what a form shares first.',
  },
  stopNcii: {
    status: 'partner',
    note: "Sites owned by Aylo (Pornhub's owner) take part in StopNCII.org, and news reports name RedGifs too. Other adult sites may not: check StopNCII's partner list.",
    source: sharedSources.ayloStopNciiPartners,
  },
  sources: [
    sharedSources.swgflHelpline,
    sharedSources.rphFaq,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.ccriOnlineRemoval,
    {
      title: "Chayn: platform policies dataset (quoting Pornhub's Terms)",
      url: 'https://github.com/chaynHQ/tools',
      kind: 'ngo',
    },
    {
      title: 'US Federal Trade Commission: settlement with Aylo',
      url: 'https://consumer.ftc.gov/consumer-alerts/2025/09/protecting-kids-and-adults-online',
      kind: 'official',
    },
    sharedSources.engadgetStopNciiPartners,
  ],
  lastReviewed: '2026-11-29',
  reviewNote:
    "Checked against the November 2026 platform audit rows for websites.ts: removed the adult and cam sites cited as examples (and the complaint-time claim that rested on them), set Aylo to StopNCII partner from Aylo's own newsroom, added the hosting-company route and the warning that some forms pass on the complainant's details. xHamster and XVideos removal pages were not read, so they are not named.",
};
