import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { lawPageMetadata } from '@/lib/law/pages';
import { dayBeforeFact, fact } from '@/lib/law/facts';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('overview'));

export default function LawOverviewPage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="overview"
      summary={
        <>
          <p>
            Sharing a private sexual photo or video of someone without their consent can be a crime
            anywhere in the UK. So can threatening to share it. But England and Wales, Scotland and
            Northern Ireland each have their own law, and the law has changed over the years.
          </p>
          <p>
            So which law applies to you depends on <strong>where</strong> and{' '}
            <strong>when</strong> it happened.
          </p>
        </>
      }
    >
      <p>
        <Link href="/law/which-law" className="button">
          Find out which law applies to you
        </Link>
      </p>

      <h2>The law in each part of the UK</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>
            <Link href="/law/england-and-wales">England and Wales, since {fact('ew2024OffencesStart')}</Link>
          </dt>
          <dd>
            Sharing, or threatening to share, an intimate image without consent. The prosecution does
            not have to prove that the person meant to cause distress. Fake images are covered. Making
            a fake intimate image, or asking someone to make one, is reported to be a crime since{' '}
            {fact('deepfakeOffencesStart')}, and taking one without consent is reported to be a crime
            since {fact('crimeAndPolicingActFirstChanges')} (see <a href="#how-sure-we-are">how sure we
            are</a>).
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>
            <Link href="/law/the-2015-offence">England and Wales, {fact('ew2015OffenceStarts')} to {dayBeforeFact('ew2024OffencesStart')}</Link>
          </dt>
          <dd>
            Sharing a private sexual image with intent to cause distress. Threats were covered only
            from {fact('ewThreatsCoveredFrom')}. Fakes were not covered, but real images that had been
            edited were. This law still applies to things that happened in that time.
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>
            <Link href="/law/scotland">Scotland, since {fact('scotlandOffenceStarts')}</Link>
          </dt>
          <dd>
            Sharing, or threatening to share, an intimate image. It is enough that the person knew it
            might cause fear, alarm or distress and went ahead anyway. Fake images are covered.
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>
            <Link href="/law/northern-ireland">Northern Ireland, in force by {fact('niOffenceCertainlyInForce')}</Link>
          </dt>
          <dd>
            Sharing a private sexual image with intent to cause distress, a law like the old one in
            England and Wales.
          </dd>
        </div>
      </dl>
      <p>
        Before these laws, there was no specific crime of sharing intimate images. Other crimes,
        such as harassment or blackmail, could still apply.
      </p>

      <h2>More about the law</h2>
      <ul>
        <li>
          <Link href="/law/related-offences">Other crimes that often come with it</Link>, such as
          controlling behaviour, stalking and blackmail
        </li>
        <li>
          <Link href="/law/under-18">If the person in the image was under 18</Link>
        </li>
        <li>
          <Link href="/law/civil-routes-and-removal">Getting images removed and going to court yourself</Link>
        </li>
        <li>
          <Link href="/law/reporting-to-the-police">Reporting to the police</Link>, and your rights
          as a victim
        </li>
        <li>
          <Link href="/law/about-this-crime">About this crime</Link>: what the first year of the
          2015 law showed
        </li>
      </ul>
    </LawPage>
  );
}
