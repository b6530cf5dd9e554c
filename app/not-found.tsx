import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can go to the <Link href="/">start of this site</Link> or read about{' '}
        <Link href="/staying-safe-online">staying safe online</Link>.
      </p>
      <p>If you need help now, the numbers at the bottom of this page are there for you.</p>
    </>
  );
}
