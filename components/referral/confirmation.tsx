'use client';

/**
 * The confirmation page: the reference, in a form easy to read aloud, what happens next and
 * when, the helplines, and a printable copy of the evidence the person listed, since the page
 * will forget it as soon as it is closed.
 */
import { ChoosePin, type PinOffer } from '@/components/check-back/choose-pin';
import { usePhoneNumbers } from '@/components/phone-numbers/use-phone-numbers';
import { UrgentHelp } from '@/components/urgent-help/urgent-help';
import { describeEvidence } from '@/lib/referral/format';
import Link from 'next/link';
import type { Submitted } from '@/lib/referral/wizard';

export type SupportServiceDetails = { name: string; phone: string; hours: string };

type Props = {
  state: Submitted & PinOffer;
  service: SupportServiceDetails;
  /** Whether JavaScript runs the page: false in the server's HTML, all a browser without it sees. */
  running: boolean;
  /** Where the PIN form posts without JavaScript, and how the page sends it with. */
  formAction: (formData: FormData) => void;
  onChoosePin: (formData: FormData) => void;
  pending: boolean;
};

export function Confirmation({ state, service, running, formAction, onChoosePin, pending }: Props) {
  usePhoneNumbers();
  const evidence = state.evidence.map(describeEvidence);
  return (
    <>
      <div className="panel panel--confirmation">
        <h1 className="heading-l" tabIndex={-1} data-step-heading="">
          Your referral has been sent
        </h1>
        <p>
          Your reference is
          <br />
          <strong className="reference" data-testid="reference">
            {state.reference}
          </strong>
        </p>
      </div>
      {state.pinChosen ? (
        <p>
          <strong>Your PIN is saved.</strong> To check on your referral, go to{' '}
          <Link href="/check">check on your referral</Link> on this website and enter your reference and PIN.
        </p>
      ) : null}
      <p>Write the reference down somewhere safe, or remember it. Nothing on this device keeps it.</p>
      <h2 className="heading-m">What happens next</h2>
      {state.contactMethod === 'none' ? (
        <p>
          You asked us not to contact you, so {service.name} will not get in touch. If you want to talk to someone,
          call them on <strong>{service.phone}</strong> ({service.hours}) and give your reference.
        </p>
      ) : (
        <p>
          A support worker at {service.name} will read your referral and contact you in the way you chose, at the
          times you said were safe. They work {service.hours}. If you need to talk before then, call{' '}
          <strong>{service.phone}</strong> and give your reference.
        </p>
      )}
      <p>Your answers are not kept on this device. When you close this page, they are gone from it.</p>
      {/* Without JavaScript each page of the form was a post, which the browser keeps in this
          tab's history until the tab is closed (this site never shows them again, but says so). */}
      {running ? null : <p>If this is a shared device, close this tab when you have finished.</p>}
      <ChoosePin state={state} formAction={formAction} onChoose={running ? onChoosePin : undefined} pending={pending} />
      <UrgentHelp headingLevel="h2" id="confirmation-urgent-help" nation={state.nation} />
      {evidence.length > 0 ? (
        <section aria-labelledby="evidence-copy" className="evidence-copy">
          <h2 id="evidence-copy" className="heading-m">
            Your evidence log
          </h2>
          <p className="no-print">
            A copy of the places you listed, to keep for yourself or the police. Print it or save it as a PDF before
            you close this page.
          </p>
          <p className="print-only">Evidence log, printed {new Date().toLocaleDateString('en-GB')}. Reference {state.reference}.</p>
          <ol>
            {evidence.map((item, index) => (
              <li key={index}>
                <dl className="summary-list">
                  <div className="summary-list__row">
                    <dt>Where</dt>
                    <dd>
                      {item.platform}
                      {item.kind ? ` (${item.kind})` : ''}: <span className="plain-link">{item.where}</span>
                    </dd>
                  </div>
                  {item.recognised ? (
                    <div className="summary-list__row">
                      <dt>Recognised</dt>
                      <dd>{item.recognised}</dd>
                    </div>
                  ) : null}
                  <div className="summary-list__row">
                    <dt>Seen</dt>
                    <dd>{item.seenOn}</dd>
                  </div>
                  <div className="summary-list__row">
                    <dt>What it shows</dt>
                    <dd>{item.whatItShows}</dd>
                  </div>
                  <div className="summary-list__row">
                    <dt>Reported to the platform</dt>
                    <dd>{item.reported}</dd>
                  </div>
                  <div className="summary-list__row">
                    <dt>Screenshot kept</dt>
                    <dd>{item.screenshotKept}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
          {/* Without JavaScript a Print button would do nothing, so the page says how instead. */}
          {running ? (
            <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
              Print your evidence log
            </button>
          ) : (
            <p className="no-print">To print it, use your browser&apos;s print option.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
