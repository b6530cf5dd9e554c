import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { ContentReportDuty } from '@/components/law-page/content-report';
import { fact } from '@/lib/law/facts';
import { lawPageMetadata } from '@/lib/law/pages';
import { helplines, telHref } from '@/lib/urgent-help';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('civil-routes-and-removal'));

const helpline = helplines.find((entry) => entry.id === 'revenge-porn-helpline')!;

export default function CivilRoutesPage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="civil-routes-and-removal"
      summary={
        <>
          <p>
            As well as going to the police, you can ask websites and apps to remove the image, use
            StopNCII to stop it being uploaded again, ask organisations to delete your data, and in
            some cases take the person to court yourself for money (called a civil claim).
          </p>
          <p>
            None of these is guaranteed to work everywhere, and a civil claim can be slow and costly.
            The {helpline.name} can help you decide what to try.
          </p>
        </>
      }
    >
      <h2>Before you ask for removal</h2>
      <p>
        <Link href="/evidence">Capture evidence first</Link>. When content is removed, the evidence
        can go with it. If you want the police to act, the {helpline.name} suggests thinking about
        contacting them <strong>before</strong> you report the content for removal.
      </p>

      <h2>Reporting to the website or app</h2>
      <p>
        Most platforms have their own way to report intimate images shared without consent. Our{' '}
        <Link href="/evidence">evidence guides</Link> explain how, app by app, including{' '}
        <Link href="/evidence/search-results">removing search engine results</Link>.
      </p>

      <h2>StopNCII</h2>
      <p>
        StopNCII.org was built by the {helpline.name} and its parent charity SWGfL with Meta. It makes
        a digital fingerprint of your image (called a hash) <strong>on your own device</strong>, so
        the image itself never leaves your phone or computer. Partner platforms then use the
        fingerprint to remove or block matching uploads. Ofcom names StopNCII as the leading database
        of this kind.
      </p>
      <p>
        You do not have to wait for the image to be posted. If someone is threatening to share it,
        StopNCII suggests creating a case straight away, so partner platforms can block it if it is
        uploaded.
      </p>
      <p>
        It only works on platforms that take part. If you are under 18 now, use{' '}
        <Link href="/law/under-18">Report Remove</Link> instead. If you are an adult but were under 18
        in the image, report it to the Internet Watch Foundation, or use Take It Down:{' '}
        <Link href="/law/under-18">read how</Link>.
      </p>

      <h2>Asking an organisation to delete your data</h2>
      <p>
        Under data protection law you can ask an organisation to delete personal data about you
        (the right to erasure). You can ask in person or by phone, but the Information
        Commissioner&rsquo;s Office recommends following up in writing.
      </p>
      <p>
        The right is not absolute. It applies, for example, when your data is being used unlawfully or
        when you withdraw consent you gave before.
      </p>

      <h2>Taking the person to court: a civil claim</h2>
      <p>
        A <strong>civil claim</strong> is a case you bring yourself, usually to get money
        (compensation) or a court order, rather than a criminal case brought by the state.
      </p>
      <p>
        In <strong>FGX v Gaunt</strong> (2023), the first case of its kind, the High Court awarded
        the victim of image-based abuse about &pound;97,000 in damages (compensation). The
        claims were for <strong>misuse of private information</strong> (using private information
        about someone without a good reason) and intentionally causing harm. The award included
        about &pound;21,600 for the cost of getting content removed from the internet. The judge
        preferred the term &ldquo;image-based abuse&rdquo; to &ldquo;revenge porn&rdquo;.
      </p>
      <p>
        Some law firms say claims against platforms may also be possible, for example for misuse of
        private information or breaches of data protection law. A solicitor can tell you whether you
        have a claim, and what it might cost.
      </p>

      <h2>The limits</h2>
      <ul>
        <li>
          Ofcom regulates platforms under the Online Safety Act, but it does not take reports about
          individual images. Do not expect it to remove yours.
        </li>
        <li>
          A House of Commons committee found that about 10% of reported content stays online, on
          sites that do not cooperate, which are often overseas. Ofcom&rsquo;s powers are not designed
          to get individual images off those sites.
        </li>
      </ul>

      <h2>The intimate image content report</h2>
      <p>From {fact('crimeAndPolicingActFirstChanges')}, the law gives you a report that websites must act on.</p>
      <ContentReportDuty />
      <p>
        This does not reach sites outside the Act, which are often the ones that ignore reports.
      </p>
      <p>
        The {helpline.name} can help with removal: call{' '}
        <a href={telHref(helpline.number)}>{helpline.number}</a>.
      </p>
    </LawPage>
  );
}
