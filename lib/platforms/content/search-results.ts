// Evidence-capture and de-indexing guidance for search results (Google and Bing).
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const searchResultsContent: PlatformContent = {
  id: 'search-results',
  reportTo: 'the search engines',
  summary: 'Removing pages and images from Google and Bing search results',
  identifiers: ['link'],
  doNow: [
    'Use the links you already have: from messages, from someone who told you, or from a search you have already done. Copy each one without opening it.',
    'Do not search for yourself in image search: image results show the image itself. If you need more copies found, ask someone you trust or the Revenge Porn Helpline.',
    'Note the date you found each link.',
  ],
  capture: {
    whatToCapture: [
      'Keep a record of every place the content appears, starting with the links you already have.',
      'Before you search for anything: searching for your name, especially in image search, can show you the image itself as a preview. You do not have to do it. Someone you trust or the Revenge Porn Helpline can search for you.',
      'If you do search yourself, use the text results (All), not Images, and copy the web address (URL) of each result without opening it.',
      'Where the results show no intimate image, take a screenshot of the search results page with the address bar showing. If they show the image, do not screenshot them: copy the addresses and the text around them instead.',
      'Note the date you found each one.',
    ],
    copyLinkInApp: [
      'On a phone, press and hold the result, then tap Copy link, without opening it.',
    ],
    copyLinkOnWeb: [
      'On a computer, right-click the result and choose Copy link address, without opening it.',
      'Write down each address separately. Google only reviews the addresses you give it.',
    ],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'Search removal does not remove the page',
      detail:
        'Removing a result from Google or Bing does not remove the content from the website. Report it to the website too.',
    },
    {
      title: 'Your name in search results',
      detail:
        'Under UK data protection law you can also ask a search engine to stop showing results for your name. The Revenge Porn Helpline can help you with this.',
    },
    {
      title: "Google's form has conditions",
      detail:
        "Google's form for real intimate images is only for images you are not currently being paid for. If Google refuses, a copyright (DMCA) request may be another route.",
    },
  ],
  reporting: {
    route: 'Google: Remove explicit or intimate personal images from Google. Bing: ask Microsoft to remove the links.',
    helpUrl: 'https://support.google.com/websearch/answer/6302812?hl=en-GB',
    steps: [
      'Capture the web addresses first.',
      "Open Google's request form to remove explicit or intimate personal images.",
      'Check that all of these apply: it shows you nude, in a sexual act or in an intimate state; you did not agree to it being made public; and you are not being paid for it now.',
      'Add the web address of each result and page.',
      'Someone you authorise can apply for you, if they explain their authority.',
      'Google emails you a confirmation, may ask for more information, and tells you what it decided.',
      'For fake (deepfake) sexual images of you, use Google\'s separate option for content that falsely shows you.',
      'Google has said you can now also start a request from an image result: tap the three dots, then Remove result.',
      'If you are under 18, Google has a separate request for removing images of people under 18 from its results. Do not search for the image yourself.',
      "For Bing, use Microsoft's form for non-consensual intimate imagery, which covers Bing results.",
    ],
    reportedPersonTold:
      'Removing a search result does not remove the page. Assume the person who posted it may notice that it no longer shows in search, even if Google and Microsoft do not tell them who asked.',
    withoutAccount:
      "Google's and Microsoft's forms are on the web. If one asks for an account you do not have, or would rather not use, the Revenge Porn Helpline can make the request with you.",
  },
  stopNcii: {
    status: 'partner',
    note: 'Microsoft Bing uses StopNCII.org hashes in its image search (since 2024). Google said in September 2025 that it would use them in Search too. Both remove results, not the page itself.',
    source: sharedSources.googleStopNcii,
  },
  sources: [
    {
      title: 'Google Search Help: remove explicit or intimate personal images',
      url: 'https://support.google.com/websearch/answer/6302812?hl=en-GB',
      kind: 'official',
    },
    {
      title: 'Google Search Help: remove involuntary fake explicit imagery',
      url: 'https://support.google.com/websearch/answer/9116649?hl=en-GB',
      kind: 'official',
    },
    {
      title: 'Google Search Help: find and remove content about you',
      url: 'https://support.google.com/websearch/answer/13650142?hl=en-GB',
      kind: 'official',
    },
    sharedSources.googleStopNcii,
    sharedSources.microsoftNciiForm,
    sharedSources.ccriOnlineRemoval,
    sharedSources.rphSharedWithoutConsent,
    sharedSources.engadgetStopNciiPartners,
  ],
  lastReviewed: '2026-12-08',
  reviewNote:
    "December 2026 (M7, H3, L17): no step asks her to search for her own name; the warning that results show the image comes before any search, someone she trusts or the helpline can search for her, and results are copied without being opened. Whether the forms need an account is still not confirmed. November 2026: checked against the November 2026 platform audit rows for search-results.ts: Google set to StopNCII partner for Search (blog.google, 17 Sep 2025, read via the audit's quotes), Bing from the 2024 announcement (Engadget), Microsoft's form linked, en-GB on the main form, the preview caveat first, name de-listing and Google's under-18 request mentioned without their own links (not read). Dropped content-farm sources.",
};
