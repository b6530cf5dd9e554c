import Link from 'next/link';
import { Sources } from '@/components/sources/sources';
import { UrgentHelp } from '@/components/urgent-help/urgent-help';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { referralStartPath } from '@/lib/referral/addresses';
import { telHref } from '@/lib/urgent-help';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps();

export default function HomePage({ shell: { supportService } }: GuidancePageProps) {
  return (
    <>
      <h1>Get help with intimate image abuse</h1>
      <p className="lead">
        If someone has shared, or threatened to share, a private sexual photo or video of you
        without your consent, it is not your fault, and you do not have to deal with it alone.
      </p>

      <UrgentHelp headingLevel="h2" id="home-urgent-help" />

      <h2>What you can do here</h2>
      <ul className="card-list">
        <li className="card">
          <h3>
            <Link href="/law">Understand the law</Link>
          </h3>
          <p>
            In England and Wales, sharing an intimate photo or film of someone without their
            consent, or threatening to share it, can be a crime. Scotland and Northern Ireland have their own
            laws. <Link href="/law/which-law">Find out which law applies to you</Link>.
          </p>
        </li>
        <li className="card">
          <h3>
            <Link href="/evidence">Capture evidence safely</Link>
          </h3>
          <p>
            Before you report or block anyone, take screenshots that show the account, the date
            and the web address. Never copy, download or forward the image itself, and do not
            reply to, bargain with or pay the person. There is a step-by-step guide for each app
            and site.
          </p>
        </li>
        <li className="card">
          <h3>
            <Link href={referralStartPath} prefetch={false}>
              Ask for support
            </Link>
          </h3>
          <p>
            Tell {supportService.name} what happened in a short form, and a support worker will
            contact you in the way you choose. They can help you get images taken down and report
            to the police. You never have to send the images. Or call{' '}
            <a href={telHref(supportService.phone)}>{supportService.phone}</a> (
            {supportService.hours}).
          </p>
          <p>
            Already sent one?{' '}
            <Link href="/check" prefetch={false}>
              Check on your referral
            </Link>{' '}
            with your reference and PIN.
          </p>
        </li>
      </ul>

      <h2>Using this site safely</h2>
      <p>
        If someone else can see or check your phone or computer, read{' '}
        <Link href="/staying-safe-online">staying safe online</Link> first. The Exit this page button,
        or pressing Shift 3 times, takes you to another website straight away.
      </p>

      <Sources
        lastReviewed="2026-11-28"
        sources={[
          {
            title: 'Sexual Offences Act 2003, section 66B (legislation.gov.uk)',
            url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/66B',
          },
          {
            title: 'Revenge Porn Helpline: intimate images shared without consent',
            url: 'https://revengepornhelpline.org.uk/information-and-advice/need-help-and-advice/intimate-images-shared-without-consent/',
          },
          {
            title: 'Revenge Porn Helpline: frequently asked questions',
            url: 'https://revengepornhelpline.org.uk/faq/',
          },
        ]}
      />
    </>
  );
}
