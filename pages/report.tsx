import { guidanceStaticProps } from '@/lib/guidance/static-props';
import { referralFormPath } from '@/lib/referral/addresses';
import type { StepDefinition } from '@/lib/referral/definition';
import { findStep } from '@/lib/referral/journey';

/** The form's start step, whose words this page shows: written once, in the form's definition. */
const start = findStep('start') as StepDefinition;

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts): the
// page everyone who follows a link to the form reaches first, on whatever phone they have, loads
// none of the form's code. "Start now" opens the form (lib/referral/addresses.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps({ title: start.title, description: start.body?.[0] ?? start.title });

export default function ReferralStartPage() {
  return (
    <>
      <h1 className="heading-l">{start.title}</h1>
      {start.body?.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
      {/* A link, as GOV.UK's start button is: it only opens the form, sends nothing, and works
          with or without JavaScript. Announced as the link it is. */}
      <a href={referralFormPath} className="button" draggable={false}>
        {start.continueLabel}
      </a>
    </>
  );
}
