/**
 * How each kind of identifier is named to a person: on the guide pages ("what to record"), in
 * the evidence log and, later, in the referral form's evidence questions.
 */
import type { IdentifierKind } from './types';

export const identifierLabels: Record<IdentifierKind, { label: string; hint: string }> = {
  link: {
    label: 'Link to the post, video, message or profile',
    hint: 'The full web address, starting https://',
  },
  username: {
    label: 'Username',
    hint: 'The @name or account name, not the display name, which anyone can change or copy',
  },
  phone: {
    label: 'Phone number',
    hint: 'The number the messages came from, as it appears on your phone',
  },
  'chat-name': {
    label: 'Chat, group or channel name',
    hint: 'The name exactly as the app shows it',
  },
  email: {
    label: 'Email address',
    hint: 'The address the email came from, not the name shown next to it',
  },
};
