import type { Metadata } from 'next';
import { getEnv } from '@/lib/env';
import { referralStartPath } from '@/lib/referral/addresses';
import { answersNoticeFor } from '@/lib/cases/answers-notice';

export const metadata: Metadata = { title: 'Privacy notice' };

export default function PrivacyPage() {
  const env = getEnv();
  const { supportService } = env;
  // The same sentences the form's consent step shows, from the same settings (lib/cases/answers-notice.ts).
  const notice = answersNoticeFor(env);
  return (
    <>
      <h1>Privacy notice</h1>
      <p className="lead">
        This notice explains what this site collects about you, where it is kept, for how long and
        who can see it. It describes what the site actually does today.
      </p>

      <h2>Who runs this site</h2>
      <p>
        This site is run by {supportService.name}. You can contact us by email at{' '}
        <a href={`mailto:${supportService.email}`}>{supportService.email}</a> or by phone on{' '}
        {supportService.phone} ({supportService.hours}).
      </p>

      <h2>When you read this site</h2>
      <ul>
        <li>We do not set cookies.</li>
        <li>We do not use analytics or any tracking.</li>
        <li>
          Every page, image and script comes from this site alone, so no other company learns that
          you visited.
        </li>
        <li>
          The site does not save anything in your browser&rsquo;s storage, and does not put
          anything you type into a web address.
        </li>
        <li>
          Our server does not record your IP address or which pages you read. The company that
          hosts the site may keep short-lived technical records to protect it from attack.
        </li>
      </ul>

      <h2>When you ask us for support</h2>
      <p>
        The <a href={referralStartPath}>referral form</a> asks where you live, what happened and where, where you
        have seen the images or threats, whether you have told the police, what help you want and how we can contact you
        safely. Most questions can be skipped. It never asks you to send the images.
      </p>
      <ul>
        <li>
          While you fill it in, your answers stay in that page only. They are not saved on your
          device, and closing or reloading the page loses them.
        </li>
        <li>{notice.where}</li>
        <li>{notice.readBy}</li>
        <li>
          {notice.kept} The days are counted from your last message to us or the support worker&rsquo;s last note, if
          that is later than the closing. If the law requires us to keep a case for longer, a manager records why and
          when to look at it again, and it is deleted once that ends. After deletion we keep only the reference, dates
          and a code for how the case ended, so we can count how many people we help.
        </li>
        <li>We use your answers only to help you. We do not share them with anyone else without asking you, unless someone is in immediate danger.</li>
        <li>If the person in the images is under 18, the form stops and nothing is kept or sent.</li>
      </ul>

      <h2>When you press Exit this page</h2>
      <p>
        The site clears anything it stored in your browser and takes you to another website. We do
        not record that you pressed it.
      </p>

      <h2>Your rights</h2>
      <p>
        You have the right to ask what information we hold about you, to have it corrected and to
        have it deleted. Contact us using the details above. If you are unhappy with how we have
        used your information, you can complain to the{' '}
        <a href="https://ico.org.uk/make-a-complaint/" rel="noreferrer">
          Information Commissioner&rsquo;s Office
        </a>
        .
      </p>

      <p>
        This notice was last updated on <time dateTime="2026-12-08">8 December 2026</time>.
      </p>
    </>
  );
}
