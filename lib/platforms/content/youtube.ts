// Evidence-capture and reporting guidance for YouTube.
import { reportingCanRemoveEvidence } from '@/lib/platforms/shared-traps';
import { sharedSources } from '@/lib/platforms/shared-sources';
import type { PlatformContent } from '@/lib/platforms/types';

export const youtubeContent: PlatformContent = {
  id: 'youtube',
  summary: 'YouTube videos, Shorts, channels and comments',
  identifiers: ['link', 'username'],
  doNow: [
    'Copy the link to the video: tap Share, then Copy link. You do not need to open it again.',
    'Note the channel name, its @handle and the upload date, if you can see them without playing the video.',
    'If you know roughly where in the video you appear, write that down. Do not watch it again to find out.',
  ],
  capture: {
    whatToCapture: [
      'Take screenshots before you report, block or delete anything.',
      'Copy its web address (URL): the next section says how.',
      'Capture the channel name, its @handle and the channel page.',
      'Capture the title, the description, the upload date and any comments about you.',
      'YouTube asks for the times in the video where you appear. Do not watch it again to find them: give an approximate time if you know it, or ask someone you trust or the Revenge Porn Helpline to note the times for you.',
      'If a screenshot would show the intimate image, capture the web address and the context around it instead.',
    ],
    copyLinkInApp: [
      'Under the video, tap Share, then Copy link.',
      'The link may start youtu.be. Keep it as it is: it names the video.',
    ],
    copyLinkOnWeb: [
      'If the video is already open in a web browser, pause it and copy the full web address from the address bar. A video address looks like youtube.com/watch?v= followed by 11 letters and numbers.',
      'A channel address looks like youtube.com/@handle. The handle can change, so note the date.',
    ],
    downloadYourData: [],
  },
  traps: [
    {
      title: 'A privacy complaint tells the uploader',
      detail:
        "YouTube has said that when you make a privacy complaint, it tells the uploader and gives them 48 hours to remove or edit the video before it reviews the complaint. In that time they could copy it elsewhere. So capture everything first. If the uploader knows you, has hurt you or may react, talk to the police or the Revenge Porn Helpline before you complain, or ask the helpline to report it for you.",
    },
    {
      title: 'You do not have to contact the uploader',
      detail:
        "YouTube's privacy guidance suggests asking the uploader to remove the video first. You do not have to. If the uploader is someone who hurt you or is threatening you, do not contact them.",
    },
    reportingCanRemoveEvidence('video'),
    {
      title: 'AI-made or altered videos',
      detail:
        'YouTube takes privacy complaints about AI-made or altered content that looks or sounds like you. Use the same privacy complaint and choose the option for altered or synthetic content.',
    },
  ],
  reporting: {
    route: "YouTube's Report option, or its privacy complaint process",
    helpUrl: 'https://support.google.com/youtube/answer/142443?hl=en-GB',
    steps: [
      'Capture your evidence first: the link, the channel and the upload date.',
      'If the uploader knows you, has hurt you or may react, talk to the police or the Revenge Porn Helpline before you report anything. The helpline can report it to YouTube for you.',
      'To report the video: tap the three dots (…) under it, then Report, and choose the reason closest to sexual content shared without consent.',
      "You can also make a privacy complaint from YouTube's help page. YouTube tells the uploader about a privacy complaint and gives them 48 hours to act before it reviews it.",
      'YouTube considers a privacy complaint when you can be identified in the video: by your face, voice, name or other details.',
      'Give the web address of each video and the times where you appear, as near as you know them. You do not need to watch it again to find them.',
      'You, a parent or guardian, or a legal representative can make the complaint. YouTube does not accept complaints from other family members or friends.',
      'Save any confirmation email.',
    ],
    reportedPersonTold:
      'A privacy complaint tells the uploader: YouTube has said it lets them know about the complaint and gives them 48 hours to remove or edit the video before it reviews it. If the video is removed after any report, assume they will be told.',
    withoutAccount:
      'If you would rather not use a Google account, the Revenge Porn Helpline can report to YouTube for you.',
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
  lastReviewed: '2026-12-08',
  reviewNote:
    'December 2026 (H2, M7, H3, L17): the uploader notice. YouTube\u2019s own current English 142443 does not show it in the copy seen (a proxy copy shows the "contact the uploader" and first-party text); a copy of the guideline text reproduced on another site says "We issue notification of the potential violation and give the uploader 48 hours to take action on the complaint", and uploaders\u2019 copies of YouTube\u2019s notice (2009, 2011) say the same, so the page says "YouTube has said". The privacy complaint is no longer offered as the way to avoid contacting him; the police or the helpline come first, then Report, then the complaint. Not confirmed: whether Report under the video tells the uploader before a decision, and whether the complaint needs an account. New entry (audit §5.1). Read stored copies of YouTube Help 142443 (privacy complaint: uniquely identifiable, first-party complaints and who may file for you, contact the uploader first) and 2801895 (uploaded without your knowledge, AI-altered content). Not confirmed: whether the uploader is told who complained, whether an account is needed, the in-app report wording, and any StopNCII partnership.',
};
