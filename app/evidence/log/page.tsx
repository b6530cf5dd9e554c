import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceLog } from '@/components/evidence-log/evidence-log';
import { platformIds, platformNames } from '@/lib/platforms/catalogue';

export const metadata: Metadata = { title: 'Keep an evidence log' };

const platformOptions = platformIds.map((id) => ({ id, name: platformNames[id] }));

export default function EvidenceLogPage() {
  return (
    <>
      <h1>Keep an evidence log</h1>
      <p className="lead">
        Write down each place you have seen the content, or each threat, so you have a clear record
        for the police, a platform or a support worker. You do not need to send us anything.
      </p>
      <div className="inset">
        <p>
          <strong>This log is only on this page.</strong> It is not saved on your device and not
          sent to us. If you close or reload the page, it is gone, so print it or download it first,
          and keep the copy somewhere the person who hurt you cannot see.
        </p>
      </div>
      <p className="no-print">
        Never add the intimate image itself. <Link href="/evidence">Read how to capture evidence safely</Link>.
      </p>

      <EvidenceLog
        platformOptions={platformOptions}
        withoutJavaScript={
      <>
        <div className="inset">
          <p>
            The log needs JavaScript, which is turned off in your browser. You can print this blank
            log and fill it in by hand instead.
          </p>
        </div>
        <table className="blank-log">
          <caption>Evidence log</caption>
          <thead>
            <tr>
              <th scope="col">Date and time seen</th>
              <th scope="col">Where (app or site, link, username or number)</th>
              <th scope="col">What it shows</th>
              <th scope="col">Reported? Reference</th>
              <th scope="col">Screenshot kept? When I captured it</th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: 8 }, (_, row) => (
              <tr key={row}>
                <td />
                <td />
                <td />
                <td />
                <td />
              </tr>
            ))}
          </tbody>
        </table>
      </>
        }
      />
    </>
  );
}
