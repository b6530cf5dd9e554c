import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { lawPageMetadata } from '@/lib/law/pages';
import { fact } from '@/lib/law/facts';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('related-offences'));

export default function RelatedOffencesPage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="related-offences"
      summary={
        <>
          <p>
            Sharing or threatening to share intimate images often comes with other abuse, such as
            controlling behaviour, tracking your phone, stalking or demands for money. Many of these
            are crimes too.
          </p>
          <p>
            The police can look at everything that happened, not just the images. This page is about
            the law in England and Wales.
          </p>
        </>
      }
    >
      <h2>Controlling or coercive behaviour</h2>
      <p>
        This is a crime under section 76 of the Serious Crime Act 2015, in force since{' '}
        {fact('coerciveControlInForce')}. The maximum sentence is {fact('coerciveControlMaximum')}. It
        covers behaviour that:
      </p>
      <ul>
        <li>is repeated or continuous</li>
        <li>is by someone &ldquo;personally connected&rdquo; to you, such as a partner or family member</li>
        <li>
          has a serious effect on you: making you fear violence on at least two occasions, or causing
          serious alarm or distress that has a big effect on your day-to-day life
        </li>
        <li>they know, or ought to know, will have that effect</li>
      </ul>
      <p>
        Controlling behaviour can include tracking where you are, for example with GPS, and
        monitoring your phone, messages or email.{' '}
        <Link href="/staying-safe-online">Read about staying safe online</Link>.
      </p>
      <p>
        <strong>Ex-partners are now covered.</strong> At first the law only covered an ex-partner if
        you still lived together. Since {fact('coerciveControlExPartnersFrom')}, it covers former partners and relatives whether
        or not you live with them.
      </p>

      <h2>Stalking and harassment</h2>
      <p>These are crimes under the Protection from Harassment Act 1997:</p>
      <ul>
        <li>
          <strong>harassment</strong> and <strong>stalking</strong> (sections 2 and 2A), heard only in
          a magistrates&rsquo; court. Examples of stalking in the Act include publishing material about
          a person and monitoring their use of the internet, email or other electronic communication.
        </li>
        <li>
          <strong>putting people in fear of violence</strong>, and{' '}
          <strong>stalking that causes fear of violence or serious alarm or distress</strong>{' '}
          (sections 4 and 4A), with a maximum of {fact('stalkingFearMaximum')} for offences since
          April 2017. Older websites may give a lower maximum.
        </li>
      </ul>
      <p>A court can also make a restraining order to protect you.</p>

      <h2>Blackmail and &ldquo;sextortion&rdquo;</h2>
      <p>
        <strong>Blackmail</strong> means making an unwarranted demand with menaces (threats), to get
        money or property, or to cause someone a loss. It is a crime under section 21 of the Theft Act
        1968, with a maximum of {fact('blackmailMaximum')}.
      </p>
      <p>
        <strong>Sextortion</strong> is when someone threatens to share intimate images unless you pay
        or send more images. As well as blackmail, the offence of{' '}
        <Link href="/law/england-and-wales">threatening to share an intimate image</Link> may apply.
      </p>
      <div className="warning-text">
        <p>
          <strong>Do not pay, and do not send anything.</strong> Stop contact and block them, but
          capture evidence first. The National Crime Agency has warned that many victims of sextortion
          are boys aged 14 to 18. If you are under 18, read{' '}
          <Link href="/law/under-18">what to do if you are under 18</Link>.
        </p>
      </div>

      <h2>Threatening or offensive messages</h2>
      <ul>
        <li>
          <strong>Threatening communications</strong> (Online Safety Act 2023, section 181): sending a
          message that threatens death or serious harm, meaning serious injury, rape, assault by
          penetration or serious financial loss, meaning you to fear it will be carried out, or not
          caring whether you would.
        </li>
        <li>
          <strong>Malicious communications</strong> (Malicious Communications Act 1988, section 1):
          maximum {fact('maliciousCommunicationsMaximum')}, for offences since the 2015 change to that
          law.
        </li>
      </ul>

      <h2>Voyeurism and upskirting</h2>
      <ul>
        <li>
          <strong>Voyeurism</strong> (Sexual Offences Act 2003, section 67), which has included
          recording someone doing a private act: maximum {fact('voyeurismMaximum')}. The recording
          part may since have been replaced by the new taking offences below.
        </li>
        <li>
          <strong>Upskirting</strong> (section 67A), taking a picture under someone&rsquo;s clothing
          without consent: a crime in England and Wales since {fact('upskirtingInForce')}, with a maximum
          of {fact('voyeurismMaximum')}. It does not apply to things that happened before that date.
        </li>
      </ul>
      <p>
        From {fact('crimeAndPolicingActFirstChanges')}, the Crime and Policing Act 2026 is reported to
        add new offences of taking or recording an intimate photo or video without consent: a basic
        offence, and more serious ones where it is done to cause alarm, distress or humiliation, or
        for sexual gratification. Voyeurism and upskirting still apply to things that happened before
        then. <Link href="/law/england-and-wales">Read about the 2026 changes</Link>.
      </p>
    </LawPage>
  );
}
