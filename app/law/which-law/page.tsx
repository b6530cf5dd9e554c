import type { Metadata } from 'next';
import { LawPage } from '@/components/law-page/law-page';
import { getEnv } from '@/lib/env';
import { WhichLawForm } from '@/components/which-law-form/which-law-form';
import { lawPageMetadata } from '@/lib/law/pages';
import { checkWhichLaw } from './actions';

export const metadata: Metadata = lawPageMetadata('which-law');

export default function WhichLawPage() {
  return (
    <LawPage
      supportService={getEnv().supportService}
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
