import type { Metadata } from 'next';
import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { lawPageMetadata } from '@/lib/law/pages';

export const metadata: Metadata = lawPageMetadata('england-and-wales');

export default function EnglandAndWalesPage() {
  return (
    <LawPage
      slug="england-and-wales"
      summary={
        <>
          <p>
            Since 31 January 2024, in England and Wales, it is a crime to share a photo or video that
            shows someone in an intimate state, such as nude or having sex, without their consent. It
            is also a crime to threaten to share one.
          </p>
          <p>
            The police do <strong>not</strong> have to prove that the person meant to upset you.
            Fake images, including ones made with AI, are covered. You have the right to stay
            anonymous for life.
          </p>
        </>
      }
    >
      <h2>Where the law comes from</h2>
      <p>
        The offences are in section 66B of the Sexual Offences Act 2003. They were added by section
        188 of the Online Safety Act 2023 and came into force on 31 January 2024, replacing{' '}
        <Link href="/law/the-2015-offence">the 2015 offence</Link>. They apply in England and Wales
        only: <Link href="/law/scotland">Scotland</Link> and{' '}
        <Link href="/law/northern-ireland">Northern Ireland</Link> have their own laws.
      </p>
      <p>
        If it happened before 31 January 2024, <Link href="/law/which-law">check which law applies</Link>
        .
      </p>

      <h2>What &ldquo;intimate&rdquo; means</h2>
      <p>
        The law covers a photo or film that <strong>shows, or appears to show</strong>, a person in
        an <strong>intimate state</strong>. This follows the Law Commission&rsquo;s categories:
        sexual, nude or partly nude, and using the toilet. The College of Policing says it includes
        upskirting and downblousing images and breastfeeding images, and images that were first taken
        or sent with consent.
      </p>
      <p>
        Because it covers images that <strong>appear to show</strong> you, fake and edited images
        (sometimes called deepfakes) are covered too.
      </p>

      <h2>The four offences</h2>
      <p>In each one, A is the person who shares or threatens, and B is the person in the image.</p>

      <h3>1. Sharing without consent (the basic offence)</h3>
      <p>
        A intentionally shares the image, B does not consent, and A does not reasonably believe that B
        consents. There is <strong>no need to prove</strong> that A meant to cause distress.
      </p>
      <p>
        Consent can be general or specific. Whether A&rsquo;s belief that B consented was reasonable
        depends on all the circumstances, including anything A did to check.
      </p>

      <h3>2. Sharing to cause alarm, distress or humiliation</h3>
      <p>
        As the basic offence, but A meant to cause B alarm, distress or humiliation, and B did not
        consent.
      </p>

      <h3>3. Sharing for sexual gratification</h3>
      <p>As the basic offence, but A shared it so that A, or someone else, could get sexual gratification.</p>

      <h3>4. Threatening to share</h3>
      <p>
        A threatens to share an image of B in an intimate state, and either means B (or someone who
        knows B) to fear the threat will be carried out, or is <strong>reckless</strong> about it,
        which means A did not care whether they would.
      </p>

      <p>
        All four are subject to exemptions in section 66C. We have not yet checked what those
        exemptions say, so we do not describe them here.
      </p>

      <h2>Sentences</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>The basic offence</dt>
          <dd>
            Heard only in a magistrates&rsquo; court. Maximum 6 months in prison. The case must
            normally be started within 6 months of the sharing.
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Sharing to cause alarm, distress or humiliation, or for sexual gratification</dt>
          <dd>Maximum 2 years in prison. The 6-month time limit does not apply.</dd>
        </div>
        <div className="summary-list__row">
          <dt>Threatening to share</dt>
          <dd>
            The 6-month time limit does not apply. We have not yet confirmed the maximum sentence from
            an official source.
          </dd>
        </div>
      </dl>
      <div className="warning-text">
        <p>
          Because of the 6-month time limit for the basic offence, if it happened recently, think
          about <Link href="/law/reporting-to-the-police">reporting it to the police</Link> soon.
          The government has announced plans to allow more time, but we have not confirmed that this
          is law yet.
        </p>
      </div>

      <h2>Anonymity for life</h2>
      <p>
        Victims of these offences have the right to stay anonymous for life. Nobody may publish
        anything likely to identify you as the victim. This comes from the Sexual Offences
        (Amendment) Act 1992, which covers offences in this part of the Sexual Offences Act 2003.
      </p>
      <p>
        This applies to things that happened from 31 January 2024. It does not apply to{' '}
        <Link href="/law/the-2015-offence">the 2015 offence</Link>.
      </p>

      <h2>Making or asking for a fake intimate image</h2>
      <p>
        The Data (Use and Access) Act 2025, section 138, added two more offences to the Sexual
        Offences Act 2003:
      </p>
      <ul>
        <li>
          <strong>creating</strong> a fake intimate image of an adult on purpose, without their consent
          and without reasonably believing they consent (section 66E)
        </li>
        <li>
          <strong>asking someone else</strong> to create one, including asking for particular things
          to be included or left out (section 66F). This is a crime whether or not the image is ever
          made.
        </li>
      </ul>
      <p>
        A fake image here means one that looks like a real photo or film of the person, but is not,
        or is not only, a real one, and appears to show an adult in an intimate state.
      </p>
      <p>
        Creating a fake image is heard only in a magistrates&rsquo; court. Having a reasonable excuse
        is a defence, which the person must prove. We have not yet confirmed the maximum sentence for
        asking someone to create one.
      </p>
      <p>
        These offences were reported to have come into force on 6 February 2026. We have not yet
        confirmed that date against the official commencement order, so if the date matters in your
        case, ask for advice.
      </p>

      <h2>Other changes you may read about</h2>
      <p>
        You may read about new offences of taking an intimate image without consent, and about a duty
        on websites to remove reported images within 48 hours. We have not yet confirmed the final
        law or the dates for these, so we do not describe them as in force.
      </p>
    </LawPage>
  );
}
