import Link from 'next/link';
import { LawPage } from '@/components/law-page/law-page';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { fact } from '@/lib/law/facts';
import { lawPageMetadata } from '@/lib/law/pages';
import { helpline, reportRemove, telHref } from '@/lib/urgent-help';

const childline = helpline('childline');

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps(lawPageMetadata('under-18'));

export default function Under18Page({ shell }: GuidancePageProps) {
  return (
    <LawPage
      supportService={shell.supportService}
      slug="under-18"
      summary={
        <>
          <p>
            If the person in the image was under 18 when it was taken, this is even more serious.
            The laws on indecent images of children apply <strong>as well as</strong> the laws on
            sharing intimate images, and there is a different way to get the image taken down.
          </p>
          <p>
            If you are under 18 now, <strong>Report Remove</strong>, from Childline and the Internet
            Watch Foundation, can help. It is not your fault. You can call {childline.name} free on{' '}
            <a href={telHref(childline.number)}>{childline.number}</a>, any time.
          </p>
          <p>
            If you are an adult helping a young person: <strong>never look at, copy or forward the
            image</strong>.
          </p>
        </>
      }
    >
      <h2>Why it is different</h2>
      <p>
        In England and Wales, the Protection of Children Act 1978 makes it a crime to take or make,
        share or show, or advertise an indecent photo of a child, or to have one in order to share it.
        A child here means anyone <strong>under 18</strong>. It also covers pseudo-photographs, which
        are images made to look like a photo.
      </p>
      <p>
        What matters is the age of the person when the image was taken, even if they are an adult
        now. Scotland and Northern Ireland have their own laws on this, which this guide does not yet
        describe.
      </p>
      <p>
        Having an indecent image of a child is a crime too (Criminal Justice Act 1988, section 160).
        That is one reason an adult helping must never save a copy, even as evidence. If the image is
        of you, you have done nothing wrong by asking for help: use Report Remove or talk to Childline.
      </p>
      <p>
        These laws apply <strong>as well as</strong> the laws on sharing intimate images, not instead
        of them. In England and Wales, sharing or threatening to share an intimate image of someone
        under 18 is also a crime under{' '}
        <Link href="/law/england-and-wales">the law that applies to everyone</Link> (or{' '}
        <Link href="/law/the-2015-offence">the 2015 law</Link>, for things before{' '}
        {fact('ew2024OffencesStart')}). <Link href="/law/which-law">Check which law applies</Link>.
      </p>
      <p>
        This site never asks for, and will never accept, any image of someone under 18.
      </p>

      <h2>If you are under 18 now: Report Remove</h2>
      <p>
        <a href={reportRemove.url} rel="noreferrer">
          {reportRemove.name}
        </a>{' '}
        lets you report a nude image or video of yourself confidentially, so it can be taken down.
      </p>
      <ol className="steps">
        <li>If you are 13 or over, you prove your age using an app called Yoti.</li>
        <li>You set up a Childline account, so Childline can support you while it happens.</li>
        <li>
          The Internet Watch Foundation looks at the image. If it is illegal, they give internet
          companies a digital fingerprint of it (called a hash), so it can be blocked if anyone tries
          to upload it again.
        </li>
      </ol>
      <p>
        Childline is the NSPCC&rsquo;s free, confidential service for young people under 19, open 24
        hours a day. Call <a href={telHref(childline.number)}>{childline.number}</a>.
      </p>
      <p>
        StopNCII, the tool for adults, may not be the right route for you. Use Report Remove instead.
      </p>

      <h2>If you are 18 or over now, but were under 18 in the image</h2>
      <p>
        Report Remove only helps people who are under 18 when they use it: it checks your age now. If
        you are an adult and an image of you from when you were under 18 is online, report it to the{' '}
        <a href="https://www.iwf.org.uk/" rel="noreferrer">
          Internet Watch Foundation
        </a>
        , or use Take It Down. The police can help too.
      </p>

      <h2>If you are an adult helping a young person</h2>
      <div className="warning-text">
        <p>
          <strong>Do not look at the image. Do not copy, save, forward or screenshot it, and do not
          send it to anyone, including the police or us.</strong> Sharing it can itself be a crime,
          and the NSPCC advises adults never to view it.
        </p>
      </div>
      <ul>
        <li>Stay calm and tell them it is not their fault.</li>
        <li>Help them use Report Remove.</li>
        <li>
          If they are in danger now, call 999. Otherwise you can report to the police on 101.
        </li>
      </ul>

      <h2>Sextortion</h2>
      <p>
        Some people trick young people into sending images, then demand money or more images. The
        National Crime Agency has warned that many victims are boys aged 14 to 18. Do not pay and do
        not send anything. Stop contact and block them.{' '}
        <Link href="/law/related-offences">Read about blackmail and sextortion</Link>.
      </p>

      <h2>CEOP</h2>
      <p>
        CEOP is part of the National Crime Agency and works to protect children from online sexual
        abuse. We have not yet checked how to report to CEOP directly, so for now we suggest the
        police (999 or 101), Childline or Report Remove.
      </p>
    </LawPage>
  );
}
