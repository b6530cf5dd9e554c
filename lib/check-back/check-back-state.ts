/**
 * What the /check page shows, as one state the server action returns and the page renders, the
 * same with JavaScript (the action is fetched) and without (the browser posts, the server renders).
 * Each state with a form carries the single-use token its post needs; none carries the PIN.
 *
 * Pure: shared by the page and its action.
 */
import type { MessageAuthor } from '@/lib/check-back/repository';

/** What the person sees once signed in. */
export type CheckBackPage = {
  reference: string;
  receivedAt: number;
  status: { title: string; detail: string };
  /** Closed or withdrawn cases take no more replies. */
  canReply: boolean;
  messages: { author: MessageAuthor; text: string; createdAt: number }[];
};

export type CheckBackFieldError = { field: 'reference' | 'pin' | 'reply'; message: string };

export type CheckBackState =
  /** `once`: the step token (lib/security/step-token.ts) that makes the sign-in post single-use. */
  | { view: 'sign-in'; errors: CheckBackFieldError[]; reference: string; once?: string; lockedMinutes?: number }
  | { view: 'case'; session: string; page: CheckBackPage; errors: CheckBackFieldError[]; replySent?: boolean }
  | { view: 'confirm-withdraw'; session: string; reference: string }
  | { view: 'withdrawn'; reference: string }
  | { view: 'signed-out' }
  /** The page was used already (Back, then resubmit), or left open too long. */
  | { view: 'ended' }
  | { view: 'too-many-posts' };

export const checkBackIntents = ['sign-in', 'refresh', 'reply', 'withdraw', 'confirm-withdraw', 'sign-out'] as const;
export type CheckBackIntent = (typeof checkBackIntents)[number];

/** The form names of the page's own values. */
export const checkBackControls = { intent: 'intent', session: '_session', once: '_once' } as const;

export const initialCheckBackState = (once?: string): CheckBackState => ({ view: 'sign-in', errors: [], reference: '', ...(once ? { once } : {}) });
