/**
 * The HTML around every static guidance page. Its only script is Exit this page's: each page
 * sets `unstable_runtimeJS: false`, so Next.js adds none of its own.
 */
import { Head, Html, Main, NextScript } from 'next/document';
import { ExitThisPageScript } from '@/components/exit-this-page/exit-this-page';

export default function GuidanceDocument() {
  return (
    <Html lang="en-GB">
      <Head>
        <ExitThisPageScript />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
