// Evidence-capture and reporting guidance for YouTube.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const youtubeContent: PlatformContent = {
  id: 'youtube',
  summary: 'YouTube videos, Shorts, channels and comments',
  identifiers: ['link', 'username'],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Copy its web address (URL): the next section says how.',
      'Capture the channel name, its @handle and the channel page.',
      'Capture the title, the description, the upload date and any comments about you.',
      'Write down the time in the video where you appear, such as 1:32. YouTube asks for it. Do not screenshot those frames.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead.',
    ],
    copyLinkInApp: [
      'Under the video, tap Share, then Copy link.',
      'The link may start youtu.be. Keep it as it is: it names the video.',
    ],
    copyLinkOnWeb: [
      'Open the video in a web browser.',
      'Copy the full web address from the address bar. A video address looks like youtube.com/watch?v= followed by 11 letters and numbers.',
      'A channel address looks like youtube.com/@handle. The handle can change, so note the date.',
    ],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'You do not have to contact the uploader',
      detail:
        "YouTube's privacy guidance suggests asking the uploader to remove the video first. You do not have to, and if the uploader is someone who hurt you or is threatening you, do not contact them: use the privacy complaint straight away.",
    },
    reportingCanRemoveEvidence('video'),
    {
      title: 'AI-made or altered videos',
      detail:
        'YouTube takes privacy complaints about AI-made or altered content that looks or sounds like you. Use the same privacy complaint and choose the option for altered or synthetic content.',
    },
  ],
  reporting: {
    route: "YouTube's privacy complaint process",
    helpUrl: 'https://support.google.com/youtube/answer/142443?hl=en-GB',
    steps: [
      'Capture your evidence first.',
      "Open YouTube's privacy complaint process from its help page.",
      'YouTube considers removal when you can be identified in the video: by your face, voice, name or other details.',
      'Give the web address of each video and the times where you appear.',
      'You, a parent or guardian, or a legal representative can make the complaint. YouTube does not accept complaints from other family members or friends.',
      'You can also report the video: tap the three dots (…) under it, then Report, and choose the reason closest to sexual content shared without consent.',
      'Save any confirmation email.',
    ],
    reportedPersonTold: null,
    withoutAccount:
      'We have not been able to confirm whether the privacy complaint needs a Google account. The Revenge Porn Helpline can report to YouTube for you.',
  },
  stopNcii: {
    status: 'not-listed',
    note: 'YouTube is not among the StopNCII.org partners named in the sources we read. Google has said it will use StopNCII.org hashes in Search, which is separate from YouTube.',
  },
  sources: [
    {
      title: 'YouTube Help: privacy complaint process',
      url: 'https://support.google.com/youtube/answer/142443?hl=en-GB',
      kind: 'official',
    },
    {
      title: 'YouTube Help: protecting your identity (including AI-made or altered content)',
      url: 'https://support.google.com/youtube/answer/2801895?hl=en-GB',
      kind: 'official',
    },
    sharedSources.rphReportingToSocialMedia,
    sharedSources.rphSharedWithoutConsent,
  ],
  lastReviewed: '2026-11-29',
  reviewNote:
    'New entry (audit §5.1). Read stored copies of YouTube Help 142443 (privacy complaint: uniquely identifiable, first-party complaints and who may file for you, contact the uploader first) and 2801895 (uploaded without your knowledge, AI-altered content). Not confirmed: whether the uploader is told who complained, whether an account is needed, the in-app report wording, and any StopNCII partnership.',
};
