import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { lawPageMetadata } from '@/lib/law/pages';
import { helplines, telHref } from '@/lib/urgent-help';
import { fact } from '@/lib/law/facts';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('reporting-to-the-police'));

const helpline = helplines.find((entry) => entry.id === 'revenge-porn-helpline')!;

export default function ReportingToThePolicePage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="reporting-to-the-police"
      summary={
        <>
          <p>
            If you are in danger now, call <a href="tel:999">999</a>. Otherwise you can call{' '}
            <a href="tel:101">101</a> or report online on your local police force&rsquo;s website.
          </p>
          <p>
            When you report, you should get a <strong>crime reference number</strong>. Keep it safe.
            You have rights as a victim, and you can get support even if you decide not to report.
          </p>
        </>
      }
    >
      <h2>How to contact the police</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>
            <a href="tel:999">999</a>
          </dt>
          <dd>If someone is in immediate danger, or a crime is happening now.</dd>
        </div>
        <div className="summary-list__row">
          <dt>Silent 999</dt>
          <dd>
            If you call 999 from a mobile and cannot safely speak, stay on the line and press{' '}
            <strong>55</strong> when the automated message asks you to. This tells the police it is a
            real emergency. If you can, whisper, cough or tap the phone: a silent call on its own does
            not automatically bring help.
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>
            <a href="tel:101">101</a>
          </dt>
          <dd>To report a crime that is not an emergency.</dd>
        </div>
        <div className="summary-list__row">
          <dt>Online</dt>
          <dd>
            Through your local police force&rsquo;s website. The police.uk website can help you find
            your force. Many force websites use the same national system for online reports.
          </dd>
        </div>
      </dl>
      <p>
        Think about whether someone could see your calls, messages or browser history before you
        report. <Link href="/staying-safe-online">Read about staying safe online</Link>.
      </p>

      <h2>Before you report</h2>
      <ul>
        <li>
          <Link href="/evidence">Capture evidence</Link>: screenshots showing the web address, the
          account and the date, and the messages. Do not send the intimate image itself to anyone,
          including the police.
        </li>
        <li>
          Write down when it happened. For things since {fact('ew2024OffencesStart')}, a prosecution
          for the basic offence of sharing an image in England and Wales has had to start within{' '}
          {fact('summaryTimeLimit')}, so do not wait longer than you need to. If more time has passed,
          report it anyway: the more serious offences, and threats, have no time limit (see{' '}
          <a href="#how-sure-we-are">how sure we are</a>).
        </li>
      </ul>

      <h2>Your crime reference number</h2>
      <p>
        When the police record a crime, they usually give you a reference number. Keep it: you will
        need it to add evidence later, or to ask what is happening.
      </p>
      <p>
        As an example, one police force says that after you report online you get a receipt straight
        away, and within {fact('onlineReportReply')} either a crime reference number or an explanation of why no action
        will be taken. Other forces may work differently.
      </p>

      <h2>What usually happens next</h2>
      <p>Under the Victims&rsquo; Code, in England and Wales, the police should:</p>
      <ul>
        <li>record the crime without unjustified delay</li>
        <li>give you information when you report, and about the investigation</li>
        <li>refer you to support services, within {fact('victimsCodeReferralDays')} of your report</li>
      </ul>
      <p>
        If someone is charged, you have the right to information about the trial and your part as a
        witness, and to make a Victim Personal Statement saying how the crime has affected you.
      </p>

      <h2>Your rights under the Victims&rsquo; Code</h2>
      <p>
        The Code of Practice for Victims of Crime in England and Wales came into force on{' '}
        {fact('victimsCodeInForce')}. It gives you {fact('victimsCodeRights')}. In short, you have the
        right:
      </p>
      <ol>
        <li>to understand and be understood</li>
        <li>to have the crime recorded without unjustified delay</li>
        <li>to get information when you report</li>
        <li>to be referred to support services, with support suited to your needs</li>
        <li>to information about compensation</li>
        <li>to information about the investigation and prosecution</li>
        <li>to make a Victim Personal Statement</li>
        <li>to information about the trial and your role as a witness</li>
        <li>to information about the outcome and any appeal</li>
        <li>to expenses and to get your property back</li>
        <li>to information about the offender after they are convicted</li>
        <li>to complain if these rights are not met</li>
      </ol>
      <p>
        Ask the police or a support service whether a newer version of the Code applies to you.
      </p>
      <p>
        The Victims&rsquo; Code covers England and Wales only.
      </p>

      <h2>If the person who did it is abroad</h2>
      <p>
        Report it anyway. The police in the UK can still help keep you safe and give you advice, and
        they may work with the police in the other country. A prosecution here may not be possible if
        the person is outside the UK, but you can still get the image removed: use{' '}
        <Link href="/law/civil-routes-and-removal">StopNCII</Link>, report it to the website or app
        (see our <Link href="/evidence">evidence guides</Link>), and make an{' '}
        <Link href="/law/civil-routes-and-removal">intimate image content report</Link>.
      </p>

      <h2>Support without reporting</h2>
      <p>
        You do <strong>not</strong> have to report to the police to get support. You can contact the{' '}
        {helpline.name} on <a href={telHref(helpline.number)}>{helpline.number}</a>, or a support
        service, whether or not you report, and you can decide later.
      </p>
    </LawPage>
  );
}
