/**
 * The referral form, defined once: every question and every step, in the order the person
 * meets them (product brief §3). The schema, the journey, the wizard, the check-answers page,
 * the server's validation and the referral email are all derived from this file, so rewording
 * or adding a question is an edit here and nowhere else.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 *
 * Over 400 lines because it is the form's content as data, in one place by design: every
 * question and step in the order she meets them, so the whole form reads top to bottom here.
 */
import { whereItHappened } from '@/lib/law/where-it-happened';
import { nationOptions } from '@/lib/nations';
import { answered, type AnswerLookup, type AnswerOf, type FieldDefinition } from './fields';

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

const hasContactMethod = (answers: AnswerLookup) => typeof answers.contactMethod === 'string' && answers.contactMethod !== '' && answers.contactMethod !== 'none';

export const fields = {
  inDanger: {
    kind: 'radios',
    label: 'Are you in danger now?',
    name: 'Whether you are in danger now',
    hint: 'For example, if someone is with you who is threatening you, or you fear they will hurt you soon.',
    required: 'Select yes if you are in danger now',
    options: yesNo,
  },
  personAge: {
    kind: 'radios',
    label: 'How old is the person in the images?',
    name: 'The age of the person in the images',
    hint: 'If they were under 18 when the images were taken, choose "Under 18", even if they are older now.',
    required: 'Select how old the person in the images is',
    options: [
      { value: 'under-18', label: 'Under 18, or under 18 when the images were taken' },
      { value: 'adult', label: '18 or over, and 18 or over when the images were taken' },
    ],
  },
  // Where she lives: for what depends on it (the domestic abuse helpline her confirmation shows,
  // delivery's routing by nation, the figures). Not the law: that is `whereItHappened`. Referrals
  // stored before 8 December 2026 have only this answer (the inbox says so).
  nation: {
    kind: 'radios',
    label: 'Where do you live?',
    name: 'Where you live',
    hint: 'Support services are different in each part of the UK.',
    required: 'Select where you live',
    options: nationOptions,
  },
  forWhom: {
    kind: 'radios',
    label: 'Who are you asking for help for?',
    name: 'Who you are asking for help for',
    required: 'Select who you are asking for help for',
    options: [
      { value: 'myself', label: 'Myself: I am the person in the images' },
      { value: 'someone-else', label: 'Someone else: I am helping the person in the images' },
    ],
  },
  helperName: {
    kind: 'text',
    label: 'Your name',
    name: 'Your name',
    required: 'Enter your name',
    maxLength: 100,
  },
  helperRelationship: {
    kind: 'text',
    label: 'How do you know the person in the images?',
    name: 'How you know them',
    hint: 'For example, friend, parent, support worker',
    required: 'Enter how you know the person in the images',
    maxLength: 100,
  },
  personAgrees: {
    kind: 'confirm',
    label: 'Their agreement',
    name: 'Their agreement',
    confirmLabel: 'The person in the images knows I am asking for help for them and agrees to it',
    hint: 'We can only take a referral for someone else with their agreement. If they do not know yet, you can still call the Revenge Porn Helpline for advice.',
    required: 'Confirm that the person in the images knows and agrees',
  },
  whatHappened: {
    kind: 'checkboxes',
    label: 'What has happened?',
    name: 'What happened',
    hint: 'Select all that apply.',
    required: 'Select what has happened, or "I’m not sure"',
    options: [
      { value: 'shared', label: 'Intimate images of me were shared without my agreement' },
      { value: 'threatened', label: 'Someone is threatening to share intimate images of me' },
      { value: 'fake', label: 'The images are fake or have been altered' },
      { value: 'not-sure', label: 'I’m not sure' },
    ],
  },
  // The which-law tool's own question, in its words: where it happened decides the law, not
  // where she lives. One answer here, so the tool's "answer for each" becomes "tell us below".
  whereItHappened: {
    kind: 'radios',
    label: whereItHappened.legend,
    name: 'Where it happened',
    hint: `${whereItHappened.hint} If it happened in more than one place, choose one and tell us about the others below.`,
    required: `${whereItHappened.required}, or "I don’t know"`,
    options: [...whereItHappened.options, { value: 'unknown', label: 'I don’t know' }],
  },
  foundOut: {
    kind: 'date',
    label: 'When did you find out? (optional)',
    name: 'The date you found out',
    hint: 'An approximate date is fine: you can leave out the day, or the day and month. For example, 3 2025 for March 2025.',
  },
  description: {
    kind: 'textarea',
    label: 'Tell us what happened, in your own words (optional)',
    name: 'What happened',
    hint: 'Only tell us what you feel able to. Do not include the images.',
    maxLength: 2000,
  },
  whoDidIt: {
    kind: 'radios',
    label: 'Who shared the images or is threatening to?',
    name: 'Who did it',
    required: 'Select who did it, or "I don’t know"',
    options: [
      { value: 'partner', label: 'A partner' },
      { value: 'ex-partner', label: 'An ex-partner' },
      { value: 'family', label: 'A family member' },
      { value: 'known', label: 'Someone else I know' },
      { value: 'stranger', label: 'A stranger or someone I met online' },
      { value: 'unknown', label: 'I don’t know' },
    ],
  },
  demands: {
    kind: 'checkboxes',
    label: 'Have they asked you for anything?',
    name: 'What they asked for',
    hint: 'Select all that apply.',
    required: 'Select what they asked for, or "No"',
    options: [
      { value: 'money', label: 'Money' },
      { value: 'more-images', label: 'More images' },
      { value: 'something-else', label: 'Something else, such as to meet or to get back together' },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'I’m not sure' },
    ],
  },
  otherAbuse: {
    kind: 'checkboxes',
    label: 'Has the person who did this done any of these things?',
    name: 'Other things they have done',
    hint: 'Select all that apply. This helps us understand how to keep you safe.',
    required: 'Select any that apply, or "None of these"',
    options: [
      { value: 'controlling', label: 'Controlled what you do, who you see or your money' },
      { value: 'tracking', label: 'Tracked where you are, for example with your phone’s location' },
      { value: 'monitoring', label: 'Read your messages, email or accounts' },
      { value: 'violence', label: 'Hurt you or threatened to hurt you' },
      { value: 'none', label: 'None of these' },
      { value: 'prefer-not-to-say', label: 'I’d prefer not to say' },
    ],
  },
  evidence: {
    kind: 'evidence',
    label: 'Where have you seen the images or the threats?',
    name: 'Where you saw it',
    hint: 'Add each place separately: a post, a profile, a chat or a website. If you do not know where they are, you can leave this blank.',
    maxItems: 20,
  },
  reportedToPolice: {
    kind: 'radios',
    label: 'Have you reported this to the police?',
    name: 'Whether you reported it to the police',
    required: 'Select whether you have reported this to the police',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'want-help', label: 'Not yet, I would like help to do it' },
    ],
  },
  crimeReference: {
    kind: 'text',
    label: 'Crime reference number (optional)',
    name: 'Crime reference number',
    hint: 'The police give you this when you report. It is fine if you do not have it.',
    maxLength: 50,
    showIf: (answers) => answered(answers, 'reportedToPolice', 'yes'),
  },
  policeForce: {
    kind: 'text',
    label: 'Which police force? (optional)',
    name: 'Police force',
    hint: 'For example, West Midlands Police',
    maxLength: 100,
    showIf: (answers) => answered(answers, 'reportedToPolice', 'yes'),
  },
  helpWanted: {
    kind: 'checkboxes',
    label: 'What help would you like?',
    name: 'Help wanted',
    hint: 'Select all that apply.',
    required: 'Select the help you would like',
    options: [
      { value: 'removal', label: 'Getting the images taken down' },
      { value: 'report-platform', label: 'Help reporting to a website or app' },
      { value: 'report-police', label: 'Help reporting to the police' },
      { value: 'stopncii', label: 'Help using StopNCII to stop images being shared' },
      { value: 'emotional-support', label: 'Someone to talk to' },
      { value: 'legal-advice', label: 'Legal advice' },
      { value: 'other', label: 'Something else' },
    ],
  },
  helpOther: {
    kind: 'textarea',
    label: 'What else would help? (optional)',
    name: 'Other help',
    maxLength: 500,
    showIf: (answers) => answered(answers, 'helpWanted', 'other'),
  },
  preferredName: {
    kind: 'text',
    label: 'What should we call you? (optional)',
    name: 'The name to call you',
    hint: 'Your first name or any name you like. You can leave this blank.',
    maxLength: 100,
  },
  contactMethod: {
    kind: 'radios',
    label: 'How can we contact you safely?',
    name: 'How to contact you',
    required: 'Select how we can contact you, or that we should not contact you',
    options: [
      { value: 'email', label: 'Email' },
      { value: 'phone', label: 'Phone call' },
      { value: 'text', label: 'Text message' },
      { value: 'none', label: 'Do not contact me', hint: 'We will not be able to follow up with you. You can still call us or a helpline.' },
    ],
  },
  email: {
    kind: 'text',
    label: 'Email address',
    name: 'Email address',
    hint: 'Use an address the person who did this cannot read.',
    required: 'Enter your email address',
    maxLength: 254,
    format: 'email',
    showIf: (answers) => answered(answers, 'contactMethod', 'email'),
  },
  phone: {
    kind: 'text',
    label: 'Phone number',
    name: 'Phone number',
    hint: 'For international numbers include the country code, like +33.',
    required: 'Enter your phone number',
    maxLength: 30,
    format: 'phone',
    showIf: (answers) => answered(answers, 'contactMethod', 'phone') || answered(answers, 'contactMethod', 'text'),
  },
  safeTimes: {
    kind: 'text',
    label: 'When is it safe to contact you? (optional)',
    name: 'Safe times',
    hint: 'For example, weekdays between 10am and 2pm',
    maxLength: 200,
    showIf: hasContactMethod,
  },
  messageSafe: {
    kind: 'radios',
    label: 'Is it safe for us to leave a voicemail or a message?',
    name: 'Whether a voicemail or message is safe',
    required: 'Select whether it is safe to leave a voicemail or a message',
    options: [...yesNo, { value: 'not-sure', label: 'I’m not sure' }],
    showIf: hasContactMethod,
  },
  mayIdentify: {
    kind: 'radios',
    label: 'Can we say who we are when we contact you?',
    name: 'Whether we may say who we are',
    hint: 'If you say no, we will not mention our name or why we are calling until you confirm it is you.',
    required: 'Select whether we can say who we are',
    options: yesNo,
    showIf: hasContactMethod,
  },
  otherPersonAccess: {
    kind: 'checkboxes',
    label: 'Can the person who did this see any of these?',
    name: 'What the other person can see',
    hint: 'Select all that apply. We will not contact you in a way they can see.',
    required: 'Select what they can see, or "No"',
    options: [
      { value: 'phone', label: 'Your phone' },
      { value: 'email', label: 'Your email' },
      { value: 'accounts', label: 'Your social media or other accounts' },
      { value: 'no', label: 'No' },
      { value: 'not-sure', label: 'I’m not sure' },
    ],
  },
  accessNeeds: {
    kind: 'checkboxes',
    label: 'Do you need any of these to talk to us? (optional)',
    name: 'Access needs',
    options: [
      { value: 'interpreter', label: 'An interpreter or another language' },
      { value: 'bsl', label: 'British Sign Language (BSL)' },
      { value: 'other', label: 'Something else, such as extra time or written answers' },
    ],
  },
  accessDetails: {
    kind: 'text',
    label: 'Tell us which language or what you need (optional)',
    name: 'Access details',
    maxLength: 200,
    showIf: (answers) => Array.isArray(answers.accessNeeds) && answers.accessNeeds.length > 0,
  },
  consent: {
    kind: 'confirm',
    label: 'Sharing your referral',
    name: 'Your agreement',
    confirmLabel: 'I agree to my answers being kept and sent to the support service, as this page says, so they can help me',
    required: 'Confirm you agree to your answers being kept and sent to the support service',
  },
} as const satisfies Record<string, FieldDefinition>;

export type FieldId = keyof typeof fields;

/** Every answer of a complete referral, typed from the definitions above. */
export type Answers = { [K in FieldId]: AnswerOf<(typeof fields)[K]> };

/**
 * What a page of the journey is:
 * - `start`: the first page, which explains the form;
 * - `questions`: asks its fields;
 * - `advice`: says something that matters before going on (call 999);
 * - `stop`: the journey ends here and nothing is collected (under 18);
 * - `check`: check your answers, then submit.
 */
export type StepKind = 'start' | 'questions' | 'advice' | 'stop' | 'check';

export type StepDefinition = {
  id: string;
  kind: StepKind;
  /** The page heading, and the section title on the check page and in the email. */
  title: string;
  /** Paragraphs shown under the heading. */
  body?: readonly string[];
  fields: readonly FieldId[];
  /** When the step is part of the journey. Steps without a condition always are. */
  showIf?: (answers: AnswerLookup) => boolean;
  /** The label of the button that leaves the step. */
  continueLabel?: string;
};

export const steps = [
  {
    id: 'start',
    kind: 'start',
    title: 'Ask for help with intimate image abuse',
    body: [
      'Use this form if someone has shared intimate images of you, or is threatening to, without your agreement. It takes about 10 minutes. A support worker will read it and contact you in the way you choose.',
      'You can skip most questions, and you can say "I don’t know".',
      'You will never be asked to send us the images.',
      'Once you start, your answers are kept only in the form’s page until you send them. If you close or reload that page, your answers are lost. Nothing is saved on this device.',
      'If someone might see your screen, use the Exit this page button to leave quickly.',
    ],
    fields: [],
    continueLabel: 'Start now',
  },
  { id: 'danger', kind: 'questions', title: 'Are you in danger now?', fields: ['inDanger'] },
  {
    id: 'call-999',
    kind: 'advice',
    title: 'Call 999 now if you can',
    body: [
      'If you are in danger, call 999 and ask for the police before you do anything else.',
      'If you cannot speak, call 999 and stay on the line. Cough, tap the phone or whisper if you can. On a mobile, press 55 when you are asked to, so the police know it is a real emergency.',
      'When you are safe, you can carry on with this form. Your answers so far are kept in this page.',
    ],
    fields: [],
    showIf: (answers) => answered(answers, 'inDanger', 'yes'),
    continueLabel: 'Continue when it is safe',
  },
  { id: 'age', kind: 'questions', title: 'How old is the person in the images?', fields: ['personAge'] },
  {
    id: 'under-18',
    kind: 'stop',
    title: 'There is a different service that can help',
    body: [
      'Because the person in the images is under 18, or was when they were taken, this is a more serious matter and there are specialist services for it. We have not kept or sent any of your answers.',
      'Do not look at, copy, forward or download the images, even to report them. Sharing them can itself be a crime.',
    ],
    fields: [],
    showIf: (answers) => answered(answers, 'personAge', 'under-18'),
  },
  { id: 'about-you', kind: 'questions', title: 'About you', fields: ['nation', 'forWhom'] },
  {
    id: 'someone-else',
    kind: 'questions',
    title: 'About you, as the person helping',
    body: ['We will use your details to contact you about the referral.'],
    fields: ['helperName', 'helperRelationship', 'personAgrees'],
    showIf: (answers) => answered(answers, 'forWhom', 'someone-else'),
  },
  { id: 'what-happened', kind: 'questions', title: 'What happened', fields: ['whatHappened', 'whereItHappened', 'foundOut', 'description'] },
  { id: 'who', kind: 'questions', title: 'Who did it', fields: ['whoDidIt', 'demands'] },
  { id: 'other-abuse', kind: 'questions', title: 'Your safety', fields: ['otherAbuse'] },
  { id: 'evidence', kind: 'questions', title: 'Where it is', fields: ['evidence'] },
  { id: 'police', kind: 'questions', title: 'The police', fields: ['reportedToPolice', 'crimeReference', 'policeForce'] },
  { id: 'help', kind: 'questions', title: 'The help you want', fields: ['helpWanted', 'helpOther'] },
  {
    id: 'contact',
    kind: 'questions',
    title: 'Contacting you safely',
    body: ['If you are filling this in for someone else, tell us how to contact you.'],
    fields: ['preferredName', 'contactMethod', 'email', 'phone', 'safeTimes', 'messageSafe', 'mayIdentify'],
  },
  { id: 'access', kind: 'questions', title: 'Your devices and your needs', fields: ['otherPersonAccess', 'accessNeeds', 'accessDetails'] },
  {
    id: 'consent',
    kind: 'questions',
    title: 'Sharing your answers',
    // Where the answers go, who reads them and how long they are kept depend on the server's
    // settings, so the server works them out (lib/cases/answers-notice.ts, the same sentences as
    // the privacy notice) and the page shows them above this.
    body: [
      'The support service will not contact the person who did this or the police without asking you first, unless someone is in immediate danger.',
    ],
    fields: ['consent'],
  },
  {
    id: 'check',
    kind: 'check',
    title: 'Check your answers before sending them',
    fields: [],
    continueLabel: 'Send',
  },
] as const satisfies readonly StepDefinition[];

export type StepId = (typeof steps)[number]['id'];

/** The step that asks a field. Every field belongs to exactly one step (tested). */
export function stepOfField(field: FieldId): StepDefinition {
  const step = (steps as readonly StepDefinition[]).find((candidate) => candidate.fields.includes(field));
  if (!step) throw new Error(`No step asks ${field}`);
  return step;
}
