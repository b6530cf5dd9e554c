import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { lawPageMetadata } from '@/lib/law/pages';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('about-this-crime'));

export default function AboutThisCrimePage({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="about-this-crime"
      summary={
        <>
          <p>
            In the first year of the 2015 law in England and Wales, 206 prosecutions were started.
            That means 206 people were taken to court, not that 206 people were found guilty.
          </p>
          <p>
            Figures from one police force showed that most victims were women, that half of the cases
            involved a partner or ex-partner, and that Facebook was the site used most.
          </p>
        </>
      }
    >
      <h2>Across England and Wales</h2>
      <p>
        In 2015 to 2016, the first year of{' '}
        <Link href="/law/the-2015-offence">the offence of disclosing private sexual images</Link>,{' '}
        <strong>206 prosecutions were started</strong>. The figure comes from the Crown Prosecution
        Service&rsquo;s report on violence against women and girls, published on 6 September 2016, as
        reported in the news.
      </p>
      <p>
        A prosecution starting is not the same as a conviction. Some cases end with the person found
        not guilty, or are dropped. We have not seen checked figures for later years, so we do not
        give them.
      </p>

      <h2>In the West Midlands</h2>
      <table className="figure-table">
        <caption className="visually-hidden">
          West Midlands Police: reports in the first 12 months of the 2015 law, and how they ended
        </caption>
        <thead>
          <tr>
            <th scope="col">In the first 12 months</th>
            <th scope="col">Number</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Cases reported to West Midlands Police</th>
            <td>102</td>
          </tr>
          <tr>
            <th scope="row">Ended with someone charged or summonsed to court</th>
            <td>16</td>
          </tr>
          <tr>
            <th scope="row">Ended with a caution</th>
            <td>14</td>
          </tr>
        </tbody>
      </table>
      <p>The same figures showed that:</p>
      <ul>
        <li>the great majority of victims were women: 12 reports were about men</li>
        <li>half of the cases involved a partner or ex-partner</li>
        <li>
          Facebook was the most used way of sharing the images, and Instagram, WhatsApp and text
          messages were also used
        </li>
        <li>
          many cases stalled, because the suspect could not be identified or the victim decided not
          to go ahead
        </li>
      </ul>

      <h2>A warning about controlling behaviour</h2>
      <p>
        The same Crown Prosecution Service report said that social media was a &ldquo;growing
        trend&rdquo; in these crimes. It found that, in cases of controlling or coercive behaviour,
        defendants had monitored their victims&rsquo; phone messages and emails and used GPS
        tracking.
      </p>
      <p>
        If the person who shared or threatened your images is a partner or ex-partner, they may be
        able to see your phone, email or location.{' '}
        <Link href="/staying-safe-online">Read about staying safe online</Link> and{' '}
        <Link href="/law/related-offences">controlling or coercive behaviour</Link>.
      </p>

      <h2>In Northern Ireland</h2>
      <p>
        The Police Service of Northern Ireland recorded 24 offences of this kind in 2016 to 2017. By
        May 2018 there had been 10 charges and 3 convictions, according to figures reported in the
        news.
      </p>

      <h2>What these figures do not show</h2>
      <ul>
        <li>
          They count cases reported to the police or taken to court. Many people never report what
          happened to them.
        </li>
        <li>
          They are from the first year of a law that has since been replaced. They do not describe how
          the law works now.
        </li>
      </ul>
    </LawPage>
  );
}
