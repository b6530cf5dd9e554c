/**
 * Sources that more than one platform entry or shared block cites, each named once, so a moved
 * page or a retitled guide is corrected in one place and every guide that cites it follows.
 *
 * Entries cite these by name in their own `sources` lists, in the order that entry wants; a
 * source only one entry cites stays in that entry. Titles say whose page it is and what it is
 * cited for. Every source is a live link a person may tap, and the visit lands in their browser
 * history, so only platforms' own pages, helplines, charities, public bodies and reputable press
 * are cited here (source-hygiene.ts and registry.test.ts check it).
 *
 * Pure: no Node, database or environment imports.
 */
import type { PlatformSource } from '@/lib/platforms/types';

export const sharedSources = {
  // Revenge Porn Helpline (UK), run by SWGfL.
  rphSharedWithoutConsent: {
    title: 'Revenge Porn Helpline: intimate images shared without consent',
    url: 'https://revengepornhelpline.org.uk/information-and-advice/need-help-and-advice/intimate-images-shared-without-consent/',
    kind: 'ngo',
  },
  rphThreatsToShare: {
    title: 'Revenge Porn Helpline: threats to share intimate images',
    url: 'https://revengepornhelpline.org.uk/information-and-advice/need-help-and-advice/threats-to-share-intimate-images/',
    kind: 'ngo',
  },
  rphReportingToSocialMedia: {
    title: 'Revenge Porn Helpline: reporting to social media (and reporting for you)',
    url: 'https://revengepornhelpline.org.uk/information-and-advice/reporting-content/reporting-to-social-media/',
    kind: 'ngo',
  },
  rphAskAnOfficer: {
    title: 'Revenge Porn Helpline: ask an officer (reporting to the police)',
    url: 'https://revengepornhelpline.org.uk/information-and-advice/police-and-courts-advice/ask-an-officer',
    kind: 'ngo',
  },
  rphFaq: {
    title: 'Revenge Porn Helpline: frequently asked questions',
    url: 'https://revengepornhelpline.org.uk/faq/',
    kind: 'ngo',
  },

  // SWGfL, which runs the helpline, StopNCII.org and Report Harmful Content.
  swgflHelpline: {
    title: 'SWGfL: Revenge Porn Helpline',
    url: 'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
    kind: 'ngo',
  },
  swgflStopNciiEligibility: {
    title: 'SWGfL: StopNCII.org, who can use it (18 or over in the image, the image on your device)',
    url: 'https://swgfl.org.uk/magazine/stopncii-org-tackling-non-consensual-intimate-image-abuse/',
    kind: 'ngo',
  },
  stopNcii: {
    title: 'StopNCII.org',
    url: 'https://stopncii.org/',
    kind: 'ngo',
  },
  stopNciiFaq: {
    title: 'StopNCII.org: frequently asked questions (report to the platform first; case number and PIN)',
    url: 'https://stopncii.org/faq/',
    kind: 'ngo',
  },
  reportHarmfulContent: {
    title: 'Report Harmful Content (SWGfL): help when a platform has not acted on your report',
    url: 'https://reportharmfulcontent.com/',
    kind: 'ngo',
  },

  // Which platforms use StopNCII.org's hashes.
  ayloStopNciiPartners: {
    title: 'Aylo: preventing non-consensual sharing (StopNCII.org partners in 2023)',
    url: 'https://aylo.com/newsroom/preventing-non-consensual-sharing/',
    kind: 'official',
  },
  engadgetStopNciiPartners: {
    title: 'Engadget (September 2024): how StopNCII.org works, AI-made images included, and its partners, Bing among them',
    url: 'https://www.engadget.com/big-tech/microsoft-joins-coalition-to-scrub-revenge-and-deepfake-porn-from-bing-195316677.html',
    kind: 'press',
  },
  saferInternetTiktokBumble: {
    title: 'UK Safer Internet Centre: TikTok and Bumble join StopNCII.org',
    url: 'https://saferinternet.org.uk/blog/swgfl-welcome-new-industry-partners-tiktok-and-bumble-to-stopncii-org',
    kind: 'ngo',
  },
  swgflStopNciiUn: {
    title: 'SWGfL: StopNCII.org at the UN, with OnlyFans and Reddit as new partners',
    url: 'https://swgfl.org.uk/magazine/stopncii-org-presented-in-new-york-at-the-un-commission-on-the-status-of-women',
    kind: 'ngo',
  },
  googleStopNcii: {
    title: 'Google (17 September 2025): partnering with StopNCII.org in Search',
    url: 'https://blog.google/products/search/stopncii-program-partnership/',
    kind: 'official',
  },

  // Under 18 in the image.
  iwfHome: {
    title: 'Internet Watch Foundation: report child sexual abuse images (anonymously, by web address)',
    url: 'https://www.iwf.org.uk/',
    kind: 'ngo',
  },
  iwfFaqs: {
    title: 'Internet Watch Foundation: FAQs (only the web address is needed; removal wherever it is hosted)',
    url: 'https://www.iwf.org.uk/faqs/',
    kind: 'ngo',
  },
  iwfReportRemove: {
    title: 'Internet Watch Foundation: Report Remove (under 18 in the UK)',
    url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
    kind: 'ngo',
  },
  ceopReportingNudes: {
    title: 'CEOP Education: reporting nude images (Report Remove, public content only)',
    url: 'https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/',
    kind: 'official',
  },
  takeItDownFaq: {
    title: 'Take It Down (NCMEC): frequently asked questions',
    url: 'https://takeitdown.ncmec.org/faq/',
    kind: 'ngo',
  },

  // Other helplines, charities and public bodies.
  esafetyReportToUs: {
    title: 'eSafety Commissioner: protecting your identity when you ask for removal',
    url: 'https://www.esafety.gov.au/image-based-abuse/action/remove-images-video/report-to-us',
    kind: 'official',
  },
  ccriOnlineRemoval: {
    title: 'Cyber Civil Rights Initiative: online removal guide',
    url: 'https://www.cybercivilrights.org/online-removal/',
    kind: 'ngo',
  },
  onlineSosDocumentation: {
    title: 'Online SOS: proper documentation',
    url: 'https://onlinesos.org/resources/action-center/proper-documentation',
    kind: 'ngo',
  },

  // Platforms' own pages that more than one guide cites.
  messengerDisappearingMessages: {
    title: 'Messenger Help Centre: disappearing messages, screenshots and reporting',
    url: 'https://www.messenger.com/help/880518629146125/',
    kind: 'official',
  },
  nationalWorldViewOnce: {
    title: 'NationalWorld: WhatsApp blocks screenshots of view-once messages',
    url: 'https://www.nationalworld.com/lifestyle/tech/whatsapp-blocks-screenshots-for-view-once-messages-in-latest-privacy-update-5247430',
    kind: 'press',
  },
  xchatPress: {
    title: 'Vigil Kids (May 2026): XChat, disappearing messages and screenshot blocking',
    url: 'https://www.vigilkids.com/parental-control/is-xchat-safe-for-teens/',
    kind: 'third-party',
  },
  metaNcii: {
    title: 'Meta: how it deals with intimate images shared without consent',
    url: 'https://about.meta.com/actions/safety/topics/bullying-harassment/ncii',
    kind: 'official',
  },
  microsoftNciiForm: {
    title: 'Microsoft: report non-consensual intimate imagery (Bing, OneDrive, Xbox and its other services)',
    url: 'https://www.microsoft.com/en-gb/concern/revengeporn',
    kind: 'official',
  },
  microsoftNciiAnnouncement: {
    title: 'Microsoft (HuffPost UK, 2015): removing intimate images from Bing, OneDrive and Xbox on request',
    url: 'https://www.huffingtonpost.co.uk/jacqueline-beauchere/microsoft-revenge-porn_b_7849070.html',
    kind: 'press',
  },
  appleAccountSecurity: {
    title: 'Apple Support: security and your Apple Account',
    url: 'https://support.apple.com/en-gb/HT201303',
    kind: 'official',
  },
  applePersonalSafety: {
    title: 'Apple: Personal Safety User Guide (Safety Check, shared albums, location sharing)',
    url: 'https://support.apple.com/en-gb/guide/personal-safety/welcome/web',
    kind: 'official',
  },
} as const satisfies Record<string, PlatformSource>;
