import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { lawPageMetadata } from '@/lib/law/pages';
import { dayBeforeFact, fact } from '@/lib/law/facts';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('the-2015-offence'));

export default function The2015OffencePage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="the-2015-offence"
      summary={
        <>
          <p>
            From {fact('ew2015OffenceStarts')} to {dayBeforeFact('ew2024OffencesStart')}, it was a crime in England and Wales to share a
            private sexual photo or video of someone without their consent, if the person sharing it{' '}
            <strong>meant to upset them</strong>. The maximum sentence was {fact('s33Maximum')}.
          </p>
          <p>
            Threats to share were covered only from {fact('ewThreatsCoveredFrom')}. Images that were only sexual
            because they had been edited or combined (for example deepfakes) were not covered. A real
            intimate image that had been edited in some other way, such as cropped or filtered, still
            was.
          </p>
          <p>
            If it happened to you in that time, this is still the law the police and courts use, even
            if you report it now.
          </p>
        </>
      }
    >
      <h2>When this law applied</h2>
      <p>
        The offence is in section 33 of the Criminal Justice and Courts Act 2015. It came into force
        on {fact('ew2015OffenceStarts')}. It was replaced on {fact('ew2024OffencesStart')} by{' '}
        <Link href="/law/england-and-wales">the law that applies now</Link>.
      </p>
      <p>
        It still applies to anything that happened between {fact('ew2015OffenceStarts')} and {dayBeforeFact('ew2024OffencesStart')}. The
        newer law does not reach back to things that happened before it started.
      </p>
      <p>
        It applied in England and Wales only. <Link href="/law/scotland">Scotland</Link> and{' '}
        <Link href="/law/northern-ireland">Northern Ireland</Link> made their own laws.
      </p>

      <h2>What had to be proved</h2>
      <p>
        In a criminal case, the <strong>prosecution</strong> (the side that brings the case) has to
        prove each of these things:
      </p>
      <ol className="steps">
        <li>
          The person <strong>disclosed</strong> a photo or film that was both private and sexual.
          Disclosing means giving it, showing it or making it available to someone in any way: for
          example posting it online, sending it by email or text, or showing someone a printed copy.
        </li>
        <li>They did it without the consent of someone who appears in it.</li>
        <li>
          They <strong>intended to cause that person distress</strong>. It was not enough that
          distress was the natural result of sharing it: the court had to be sure they meant it.
        </li>
      </ol>
      <p>
        Showing the image only to the person in it was not this offence.
      </p>
      <p>
        Proving what someone intended can be hard. The law that replaced this one in 2024 does not
        need it for its basic offence.
      </p>

      <h2>What &ldquo;private&rdquo; and &ldquo;sexual&rdquo; meant</h2>
      <p>
        <strong>Private</strong> meant it showed something not normally seen in public. The official
        notes give people kissing as an example of something that is seen in public, so a photo of
        that would not count.
      </p>
      <p>
        <strong>Sexual</strong> meant any one of these:
      </p>
      <ul>
        <li>it showed all or part of someone&rsquo;s exposed genitals or pubic area</li>
        <li>a reasonable person would think what it showed was sexual by its nature</li>
        <li>
          taken as a whole, a reasonable person would think it was sexual: the official notes give the
          example of a photo of someone in underwear that is sexual because of the pose
        </li>
      </ul>

      <h2>Fake images were not covered, but edited real images were</h2>
      <p>
        Section 35 of the Act said when an altered image, or one made by combining images, did not
        count as private and sexual. The official Explanatory Notes say this excluded an image only
        if it was private and sexual <strong>solely</strong> because of the editing or combining, or
        if the person appeared in it only because of the editing. So:
      </p>
      <ul>
        <li>
          a fake, such as your face put on someone else&rsquo;s naked body, or a deepfake, was not
          covered by this offence
        </li>
        <li>
          a real intimate image of you that had been cropped, filtered, captioned or blurred was still
          covered
        </li>
      </ul>
      <p>
        Sharing a fake intimate image is covered by{' '}
        <Link href="/law/england-and-wales">the law since {fact('ew2024OffencesStart')}</Link>.
      </p>

      <h2>Threats were covered only from {fact('ewThreatsCoveredFrom')}</h2>
      <p>
        At first the offence covered only sharing. The Domestic Abuse Act 2021 added{' '}
        <strong>threatening to share</strong> from {fact('ewThreatsCoveredFrom')}. For a threat, the prosecution did not
        have to prove that the image existed, or that it really was private and sexual.
      </p>
      <p>
        A threat made before {fact('ewThreatsCoveredFrom')} was not this offence, though{' '}
        <Link href="/law/related-offences">other crimes</Link> such as blackmail or harassment may
        have applied.
      </p>

      <h2>Defences</h2>
      <p>
        A <strong>defence</strong> is a reason the law accepts for doing something that would
        otherwise be a crime. There were three:
      </p>
      <ul>
        <li>
          the person reasonably believed that sharing the image was necessary to prevent, detect or
          investigate crime. They had to prove this themselves.
        </li>
        <li>
          they shared it as part of journalism, and reasonably believed that publishing it was in the
          public interest
        </li>
        <li>
          they reasonably believed the image had already been shared for money or reward, and had no
          reason to think that had happened without consent
        </li>
      </ul>
      <p>
        For the last two, the person only had to raise the defence with some evidence. The prosecution
        then had to disprove it beyond reasonable doubt.
      </p>

      <h2>Sentences</h2>
      <p>
        The case could be heard in a magistrates&rsquo; court or, for more serious cases, the Crown
        Court. The maximum sentence in the Crown Court was <strong>{fact('s33Maximum')}</strong>. The
        maximum in a magistrates&rsquo; court changed during this period, so we do not give one
        figure for it.
      </p>
      <p>
        Courts follow a sentencing guideline for this offence, for sentences given on or after{' '}
        {fact('s33GuidelineFrom')}. Its range is {fact('s33GuidelineRange')} (a discharge means no
        punishment, in the least serious cases). Courts can still use it for offences committed before {fact('ew2024OffencesStart')}.
      </p>

      <h2>No automatic anonymity</h2>
      <p>
        Victims of this offence did <strong>not</strong> have an automatic right to stay anonymous in
        the media. In 2018 the government said it did not think that was necessary, and pointed
        instead to the court&rsquo;s power to restrict reporting in a particular case, and to extra
        help for witnesses in court (called special measures).
      </p>
      <p>
        This changed for things that happened from {fact('ew2024OffencesStart')}: victims of{' '}
        <Link href="/law/england-and-wales">the new offences</Link> have anonymity for life.
      </p>

      <h2>Why it still matters</h2>
      <p>
        Many websites still describe this law as if it were the law today. It is not. But if the
        image was shared, or the threat was made, between {fact('ew2015OffenceStarts')} and {dayBeforeFact('ew2024OffencesStart')}, this is
        the law that applies to it. This offence has no time limit for starting a prosecution, so you
        can still report it to the police.{' '}
        <Link href="/law/which-law">Check which law applies to you</Link>.
      </p>
    </LawPage>
  );
}
