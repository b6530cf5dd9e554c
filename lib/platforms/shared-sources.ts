/**
 * Sources that more than one platform entry cites, each named once, so a moved page or a
 * retitled guide is corrected in one place and every guide that cites it follows.
 *
 * Entries cite these by name in their own `sources` lists, in the order that entry wants; a
 * source only one entry cites stays in that entry. Titles say whose page it is and what it is
 * cited for; where two entries cite the same page for different things (SWGfL's helpline page),
 * it has a name for each.
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
    title: 'Revenge Porn Helpline: reporting to social media',
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

  // SWGfL.
  swgflHelpline: {
    title: 'SWGfL: Revenge Porn Helpline',
    url: 'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
    kind: 'ngo',
  },
  swgflHelplineContactDetails: {
    title: 'SWGfL: Revenge Porn Helpline contact details',
    url: 'https://swgfl.org.uk/helplines/revenge-porn-helpline/',
    kind: 'ngo',
  },
  swgflStopNciiLaunch: {
    title: 'SWGfL: StopNCII.org launch and eligibility',
    url: 'https://swgfl.org.uk/magazine/stopncii-org-tackling-non-consensual-intimate-image-abuse/',
    kind: 'ngo',
  },

  // Other helplines and charities.
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
  nnedvCaptureMessages: {
    title: 'NNEDV: what to capture from messages',
    url: 'https://3advance.github.io/NNEDV-Content/documenting-abuse-what-you-should-capture-messages.html',
    kind: 'ngo',
  },
  takeItDownFaq: {
    title: 'Take It Down: frequently asked questions',
    url: 'https://takeitdown.ncmec.org/faq/',
    kind: 'official',
  },

  // Third parties.
  savingMessagesAsEvidence: {
    title: 'Saving texts, messages and emails as evidence',
    url: 'https://crimefixer.com/guides/save-texts-dms-emails-voicemails-call-logs/',
    kind: 'third-party',
  },
  stopNciiLimits: {
    title: 'StopNCII limits',
    url: 'https://cybercrimesresource.org/resource/stopncii',
    kind: 'third-party',
  },
  takedownsAndCopyright: {
    title: 'Takedowns and the copyright (DMCA) route',
    url: 'https://consentlawyers.com/diy-help/takedown-resources/twitter-takedowns/',
    kind: 'third-party',
  },
} as const satisfies Record<string, PlatformSource>;
