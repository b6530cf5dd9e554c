import type { Metadata } from 'next';
import { LawPage } from '@/components/law-page/law-page';
import { WhichLawForm } from '@/components/which-law-form/which-law-form';
import { lawPageMetadata } from '@/lib/law/pages';
import { checkWhichLaw } from './actions';

export const metadata: Metadata = {
  ...lawPageMetadata('which-law'),
  // The site sends Referrer-Policy: no-referrer, under which a browser without JavaScript posts
  // this form with "Origin: null", and Next.js refuses a server action from an unknown origin.
  // same-origin still sends nothing to other sites, but lets the form's own POST say where it
  // came from, so the explainer works with JavaScript off.
  referrer: 'same-origin',
};

export default function WhichLawPage() {
  return (
    <LawPage
      slug="which-law"
      summary={
        <p>
          The law depends on where and when it happened. Answer 5 questions and we will tell you
          which law applied, what it needed to be proved, and what to read next. Your answers are not
          saved or sent to anyone.
        </p>
      }
    >
      <WhichLawForm action={checkWhichLaw} />
    </LawPage>
  );
}
