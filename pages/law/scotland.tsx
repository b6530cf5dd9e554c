import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { lawPageMetadata } from '@/lib/law/pages';
import { fact } from '@/lib/law/facts';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('scotland'));

export default function ScotlandPage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="scotland"
      summary={
        <>
          <p>
            In Scotland, since {fact('scotlandOffenceStarts')}, it is a crime to share, or threaten to share, a photo or
            video that shows someone in an intimate situation without their consent.
          </p>
          <p>
            It is enough that the person knew it might cause fear, alarm or distress and went ahead anyway.
            Fake images are covered. The maximum sentence is {fact('scotlandMaximum')}.
          </p>
        </>
      }
    >
      <h2>Where the law comes from</h2>
      <p>
        The offence is in section 2 of the Abusive Behaviour and Sexual Harm (Scotland) Act 2016. The
        Scottish Parliament passed the Act in 2016, and this part came into force on{' '}
        <strong>{fact('scotlandOffenceStarts')}</strong>. Some websites say April 2016, or give a lower
        maximum sentence. Both are wrong.
      </p>
      <p>
        The laws of England and Wales do not apply in Scotland, so neither{' '}
        <Link href="/law/the-2015-offence">the 2015 offence</Link> nor{' '}
        <Link href="/law/england-and-wales">the 2024 offences</Link> covered something that happened in
        Scotland. Before {fact('scotlandOffenceStarts')} there was no specific crime of this kind in Scotland, though
        other crimes may have applied.
      </p>

      <h2>What has to be proved</h2>
      <ol className="steps">
        <li>
          The person shared, or threatened to share, a photo or film that shows, or{' '}
          <strong>appears to show</strong>, you in an intimate situation.
        </li>
        <li>You had not already made it public yourself, or agreed to it being made public.</li>
        <li>
          They meant to cause you fear, alarm or distress, <strong>or were reckless</strong> about
          it. Reckless means they knew it might and went ahead anyway.
        </li>
      </ol>
      <p>
        Because being reckless is enough, this law can be easier to use than one that needs proof of
        what the person intended.
      </p>

      <h2>What &ldquo;intimate situation&rdquo; means</h2>
      <p>
        The Scottish Government described it as sexual activity that is not usually done in public,
        or a person whose genitals, buttocks or breasts are exposed or covered only by underwear.
      </p>

      <h2>Threats and fake images</h2>
      <p>
        Threats to share have been covered from the start. Because the law covers images that appear
        to show you, fake and edited images are covered as well.
      </p>

      <h2>Defences</h2>
      <p>It is a defence if the person shows that:</p>
      <ul>
        <li>you consented to it being shared</li>
        <li>they reasonably believed you consented</li>
        <li>they reasonably believed sharing it was needed to prevent, detect, investigate or prosecute crime</li>
        <li>they reasonably believed it was in the public interest</li>
      </ul>
      <p>
        There is a further defence about images of someone in an intimate situation in a place where
        the public were present (see <a href="#how-sure-we-are">how sure we are</a>).
      </p>

      <h2>Sentence</h2>
      <p>
        The maximum sentence is <strong>{fact('scotlandMaximum')}</strong>.
      </p>

      <h2>Reporting in Scotland</h2>
      <p>
        You can report to Police Scotland. In an emergency call 999; otherwise call 101.{' '}
        <Link href="/law/reporting-to-the-police">Read more about reporting</Link>. Some of that page,
        such as the Victims&rsquo; Code, is about England and Wales only.
      </p>
    </LawPage>
  );
}
