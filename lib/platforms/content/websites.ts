// Evidence-capture and reporting guidance for websites, including adult sites such as Pornhub (Aylo).
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const websitesContent: PlatformContent = {
  id: 'websites',
  reportTo: 'the website',
  summary: 'Any website, including adult sites such as Pornhub',
  identifiers: ['link', 'username'],
  doNow: [
    'Use the link you already have: copy it from the message, post or search result where you found it, without opening the page again.',
    "Note the site's name, the uploader's account name if you know it, and the date you found it.",
    'If you need screenshots of the page or need to find other copies, ask someone you trust or the Revenge Porn Helpline to do it for you.',
  ],
  capture: {
    whatToCapture: [
      'Use the link you already have. You do not need to open the page again to report it.',
      'If you need a screenshot of the page, or need to find other copies, ask someone you trust or the Revenge Porn Helpline to do it for you. The helpline finds hosting companies and reports for people.',
      'If you do open the page yourself, take screenshots before you report anything. Scroll so that the explicit frames are off the screen, and capture the whole browser window with the web address (URL) showing in the address bar.',
      "Capture the uploader's account name, the title and the upload date.",
      "Copy the web address of the page and of the uploader's page.",
      'Do not capture the explicit frames. Capture the page around them instead.',
      'Name your files the same way each time: the site, the address, what it shows, the date and a number.',
    ],
    copyLinkInApp: [],
    copyLinkOnWeb: [
      'Copy the link from wherever you found it: press and hold it (or right-click it), then Copy link, without opening it.',
      'If the page is already open, select the address bar and copy the full web address.',
      'Paste it into your evidence log with the date you found it.',
      'For copies on other sites, ask someone you trust or the helpline to collect the addresses, rather than looking for them yourself.',
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
      'On Pornhub and other sites owned by Aylo, such as YouPorn and Redtube, use the Report button under the video or the Content Removal Request option.',
      'Ask Google and Bing to remove the pages from search results as well.',
      "If the site ignores you, the company that hosts it may act. The Revenge Porn Helpline can find the hosting company's abuse contact and report to it for you.",
    ],
    reportedPersonTold:
      "Assume the site may pass your complaint to the uploader, and that the uploader will be told if the page is removed. Some forms share your name: read what a form shares before you send it.",
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
      title: 'US Federal Trade Commission: settlement with Aylo (its sites offer a Content Removal Request option)',
      url: 'https://consumer.ftc.gov/consumer-alerts/2025/09/protecting-kids-and-adults-online',
      kind: 'official',
    },
    sharedSources.engadgetStopNciiPartners,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (M7, L11, L12, H3): the first steps no longer send her to open the page: use the link she has, and let someone she trusts or the helpline open pages and find copies. The Pornhub removal address and Aylo's 'case manager' were not confirmed, so they are gone; the Content Removal Request option stays, sourced to the FTC settlement, without framing a US settlement as her route. Chayn's GitHub repository dropped as a source (nothing on the page rests on it now). xHamster and XVideos removal pages still not found. November 2026: checked against the November 2026 platform audit rows for websites.ts: removed the adult and cam sites cited as examples (and the complaint-time claim that rested on them), set Aylo to StopNCII partner from Aylo's own newsroom, added the hosting-company route and the warning that some forms pass on the complainant's details. xHamster and XVideos removal pages were not read, so they are not named.",
};
