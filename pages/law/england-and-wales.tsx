import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { dayBeforeFact, fact, hedgeFor } from '@/lib/law/facts';
import { lawPageMetadata } from '@/lib/law/pages';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('england-and-wales'));

export default function EnglandAndWalesPage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="england-and-wales"
      summary={
        <>
          <p>
            Since {fact('ew2024OffencesStart')}, in England and Wales, it is a crime to share a photo or
            video that shows someone in an intimate state, such as nude or having sex, without their
            consent. It is also a crime to threaten to share one, whether or not the image exists.
          </p>
          <p>
            The prosecution does <strong>not</strong> have to prove that the person meant to upset you.
            Fake images, including ones made with AI, are covered. You have the right to stay
            anonymous for life.
          </p>
        </>
      }
    >
      <h2>Where the law comes from</h2>
      <p>
        The offences are in section 66B of the Sexual Offences Act 2003. They were added by section
        188 of the Online Safety Act 2023 and came into force on {fact('ew2024OffencesStart')}, replacing{' '}
        <Link href="/law/the-2015-offence">the 2015 offence</Link>. They apply in England and Wales
        only: <Link href="/law/scotland">Scotland</Link> and{' '}
        <Link href="/law/northern-ireland">Northern Ireland</Link> have their own laws.
      </p>
      <p>
        Each time something happened is judged by the law on that day. If it happened on or before{' '}
        {dayBeforeFact('ew2024OffencesStart')}, or both before and after,{' '}
        <Link href="/law/which-law">check which law applies</Link>.
      </p>

      <h2>What &ldquo;intimate&rdquo; means</h2>
      <p>
        The law covers a photo or film that <strong>shows, or appears to show</strong>, a person in
        an <strong>intimate state</strong>: doing something sexual, nude or partly nude, or using the
        toilet. The College of Policing says it includes upskirting and downblousing images and
        breastfeeding images, and images that were first taken or sent with consent.
      </p>
      <p>Section 66D of the Act fills in the detail. It counts as intimate if, for example:</p>
      <ul>
        <li>
          it shows you in underwear only, or your genitals, buttocks or breasts can be seen through
          wet or see-through clothing
        </li>
        <li>
          part of you is covered, for example with an emoji or a blur, but the covered area is no more
          than underwear would cover
        </li>
        <li>it shows you breastfeeding: that always counts</li>
      </ul>
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
      <p>
        For this basic offence only, A has a defence if they had a <strong>reasonable excuse</strong>{' '}
        for sharing it, which A must prove.
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
        which means A knew they might fear it and went ahead anyway.
      </p>
      <p>
        The prosecution does <strong>not</strong> have to prove that the image exists, or that it
        really shows B in an intimate state. A threat about an image that was never taken is still
        this crime.
      </p>

      <h3>When the offences do not apply</h3>
      <p>Section 66C sets out some exemptions. In plain words:</p>
      <ul>
        <li>
          the image was taken in a place open to the public, where B had no reasonable expectation of
          privacy, and B was in that state voluntarily
        </li>
        <li>the image had already been shared in public with B&rsquo;s consent</li>
        <li>
          for the basic offence only: sharing with a doctor or nurse for the care of a child under 16
          who cannot consent, and images of young children of a kind usually shared between family
          and friends
        </li>
        <li>a threat to share is exempt only if the sharing itself would have been</li>
      </ul>

      <h2>Sentences and time limits</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>The basic offence</dt>
          <dd>
            Heard only in a magistrates&rsquo; court. Maximum {fact('s66bBasicMaximum')}. A
            prosecution has had to start within {fact('summaryTimeLimit')} of the sharing.{' '}
            <span className="fact-hedge">{hedgeFor('summaryTimeLimit')}</span>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Sharing to cause alarm, distress or humiliation, or for sexual gratification</dt>
          <dd>Maximum {fact('s66bSeriousMaximum')}. There is no time limit for starting a prosecution.</dd>
        </div>
        <div className="summary-list__row">
          <dt>Threatening to share</dt>
          <dd>Maximum {fact('s66bSeriousMaximum')}. There is no time limit for starting a prosecution.</dd>
        </div>
      </dl>
      <p className="fact-hedge">{hedgeFor('s66bSeriousMaximum')}</p>
      <div className="warning-text">
        <p>
          Do not let a time limit stop you reporting. If it happened recently, think about{' '}
          <Link href="/law/reporting-to-the-police">reporting it to the police</Link> soon; if it
          happened longer ago, report it anyway, and the police can tell you what applies.
        </p>
      </div>

      <h2>Anonymity for life, and help in court</h2>
      <p>
        Victims of these offences have the right to stay anonymous for life. Nobody may publish
        anything likely to identify you as the victim. This comes from the Sexual Offences
        (Amendment) Act 1992, which covers offences in this part of the Sexual Offences Act 2003. You
        can give up this right in writing if you want to.
      </p>
      <p>
        Because these are sexual offences, you are also automatically eligible for{' '}
        <strong>special measures</strong> if you give evidence, such as a screen in court or giving
        evidence by video link.
      </p>
      <p>
        This applies to things that happened from {fact('ew2024OffencesStart')}. It does not apply to{' '}
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
        asking someone to create one. A prosecution must start {fact('deepfakeTimeLimit')}.{' '}
        <span className="fact-hedge">{hedgeFor('deepfakeTimeLimit')}</span>
      </p>
      <p className="fact-hedge">{hedgeFor('deepfakeOffencesStart')}</p>

      <h2>Changes in 2026: taking images, and removal within {fact('takedownDeadline')}</h2>
      <p>
        The Crime and Policing Act 2026 became law on {fact('crimeAndPolicingActPassed')}. It makes two
        changes that matter here, brought in by regulations numbered {fact('commencementOrder')}.
      </p>
      <div className="inset fact-hedge">
        <p>{hedgeFor('crimeAndPolicingActFirstChanges')}</p>
        <p>{hedgeFor('contentReportSection')}</p>
        <p>{hedgeFor('takingOffenceSection')}</p>
      </div>
      <h3>Taking or recording an intimate image without consent</h3>
      <p>
        It is now a crime to take or record a photo or video of someone in an intimate state without
        their consent ({fact('takingOffenceSection')} of the Sexual Offences Act 2003, and related
        offences). The reported maximum is {fact('takingMaximum')}. Before then,{' '}
        <Link href="/law/related-offences">voyeurism and upskirting</Link> covered some of this, and
        they may still apply.
      </p>
      <h3>Websites must remove reported images within {fact('takedownDeadline')}</h3>
      <p>
        Websites and apps regulated under the Online Safety Act 2023 must let you make an{' '}
        <strong>intimate image content report</strong> ({fact('contentReportSection')} of that Act).
        They must then take the image down, and copies of it they find, within{' '}
        {fact('takedownDeadline')} of your report, and give you a quicker way to complain if they do
        not. <Link href="/law/civil-routes-and-removal">Read about getting images removed</Link>.
      </p>
    </LawPage>
  );
}
