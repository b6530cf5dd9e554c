import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { lawPageMetadata } from '@/lib/law/pages';
import { fact } from '@/lib/law/facts';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('northern-ireland'));

export default function NorthernIrelandPage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="northern-ireland"
      summary={
        <>
          <p>
            In Northern Ireland it is a crime to share a private sexual photo or video of someone
            without their consent, if the person sharing it <strong>meant to upset them</strong>. The
            law now covers threats to share as well.
          </p>
          <p>
            This is like the old law in England and Wales. The newer law there, which does not need
            proof of intent, does not apply in Northern Ireland.
          </p>
        </>
      }
    >
      <h2>Where the law comes from</h2>
      <p>
        The offence is in section 51 of the Justice Act (Northern Ireland) 2016: &ldquo;disclosing
        private sexual photographs and films with intent to cause distress&rdquo;. The Act became law
        on {fact('niActPassed')}.
      </p>
      <p>
        The police recorded 24 of these offences in the year April 2016 to March 2017, so it was in
        force by {fact('niOffenceCertainlyInForce')} at the latest (see{' '}
        <a href="#how-sure-we-are">how sure we are</a>).
      </p>

      <h2>What has to be proved</h2>
      <p>It mirrors the 2015 law in England and Wales:</p>
      <ol className="steps">
        <li>The person shared (disclosed) a photo or film that was both private and sexual.</li>
        <li>They did it without the consent of someone who appears in it.</li>
        <li>
          They <strong>intended to cause that person distress</strong>.
        </li>
      </ol>
      <p>
        Showing the image only to the person in it is not this offence. There are the same three
        defences as in <Link href="/law/the-2015-offence">the 2015 law in England and Wales</Link>:
        preventing or investigating crime, journalism in the public interest, and believing the image
        had already been shared for reward.
      </p>

      <h2>Threats</h2>
      <p>
        The law as it stands now also covers <strong>threatening</strong> to share. Threats were
        added by the Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022,
        which became law on {fact('niThreatsActPassed')}. The law covered threats by{' '}
        {fact('niThreatsCertainlyCovered')} at the latest. If the date matters in your case, ask for advice.
      </p>
      <p>
        The 2022 Act also gives anonymity to some victims of sexual offences. Victims of this offence
        may <strong>not</strong> get it automatically, so ask the police, the prosecutor or the court
        about restricting reporting of your name.
      </p>

      <h2>Fake images</h2>
      <p>
        Whether this offence covers fake or edited images is not settled (see{' '}
        <a href="#how-sure-we-are">how sure we are</a>). The similar old law
        in England and Wales did not cover images that were only sexual because they had been edited
        or combined, but did cover real intimate images edited in other ways.
      </p>

      <h2>Sentence</h2>
      <p>
        The maximum sentence is not settled: see <a href="#how-sure-we-are">how sure we are</a>.
      </p>

      <h2>How it differs from England and Wales</h2>
      <ul>
        <li>
          In England and Wales, since {fact('ew2024OffencesStart')}, the basic offence does not need proof that the
          person meant to cause distress. In Northern Ireland, it still does.
        </li>
        <li>
          The law in England and Wales clearly covers fake images. In Northern Ireland, that is not
          settled.
        </li>
      </ul>
      <p>
        You can report to the Police Service of Northern Ireland: call 999 in an emergency, or 101.{' '}
        <Link href="/law/reporting-to-the-police">Read more about reporting</Link>.
      </p>
    </LawPage>
  );
}
