// Evidence-capture and de-indexing guidance for search results (Google and Bing).
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const searchResultsContent: PlatformContent = {
  id: 'search-results',
  summary: 'Removing pages and images from Google and Bing search results',
  identifiers: ['link'],
  capture: {
    whatToCapture: [
      'Keep a record of every place the content appears.',
      'Search for your own name to find copies.',
      'Copy the web address (URL) of each page the results link to.',
      'Take a screenshot of the search results page with the address bar showing.',
      'If a result shows the intimate image as a preview, capture the web address and the text around it instead.',
      'Note the date you found each one.',
    ],
    copyLinkInApp: [
      'On a phone, open the result in your web browser and copy the address from the address bar.',
    ],
    copyLinkOnWeb: [
      'Open the search result to go to the page.',
      'Copy the full web address from the address bar.',
      'Write down each address separately. Google only reviews the addresses you give it.',
    ],
    downloadYourData: ['This does not apply to search results.'],
  },
  traps: [
    {
      title: 'Search removal does not remove the page',
      detail:
        'Removing a result from Google or Bing does not remove the content from the website. Report it to the website too.',
    },
    {
      title: "Google's form has conditions",
      detail:
        "Google's form for real intimate images is only for images you are not currently being paid for. If Google refuses, a copyright (DMCA) request may be another route.",
    },
  ],
  reporting: {
    route: 'Google: Remove explicit or intimate personal images from Google. Bing: ask Microsoft to remove the links.',
    helpUrl: 'https://support.google.com/websearch/answer/6302812',
    steps: [
      'Capture the web addresses first.',
      "Open Google's request form to remove explicit or intimate personal images.",
      'Check that all of these apply: it shows you nude, in a sexual act or in an intimate state; you did not agree to it being made public; and you are not being paid for it now.',
      'Add the web address of each result and page.',
      'Someone you authorise can apply for you, if they explain their authority.',
      'Google emails you a confirmation, may ask for more information, and tells you what it decided.',
      'For fake (deepfake) sexual images of you, use Google\'s separate option for content that falsely shows you.',
      'News reports say you can now also start a request from an image result: tap the three dots, then Remove result.',
      'For Bing, ask Microsoft to remove links to nude or sexual content posted without your consent.',
    ],
    reportedPersonTold: null,
  },
  stopNcii: {
    status: 'unverified',
    note: 'Microsoft Bing is reported to take part in StopNCII.org, but we have not been able to confirm that Google does.',
  },
  sources: [
    {
      title: 'Google Search Help: remove explicit or intimate personal images',
      url: 'https://support.google.com/websearch/answer/6302812',
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
    sharedSources.ccriOnlineRemoval,
    sharedSources.rphSharedWithoutConsent,
    {
      title: 'Google launches a tool to remove explicit images from Search (2026)',
      url: 'https://techbriefly.com/2026/02/11/google-launches-search-tool-to-remove-non-consensual-explicit-images/',
      kind: 'third-party',
    },
    {
      title: 'Microsoft Bing partners with StopNCII',
      url: 'https://globalvillagespace.com/tech/microsoft-bing-partners-with-stopncii-to-combat-nonconsensual-intimate-images-ncii-abuse/?amp=1',
      kind: 'third-party',
    },
    {
      title: 'StopNCII partners (third-party summary)',
      url: 'https://cybercrimesresource.org/resource/stopncii',
      kind: 'third-party',
    },
  ],
  lastReviewed: '2026-11-28',
};
