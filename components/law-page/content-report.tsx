import { fact } from '@/lib/law/facts';
import { contentReportMustSay } from '@/lib/law/pages';

/**
 * The takedown duty that starts with an intimate image content report, as the Online Safety Act
 * words it (s.10(3A)-(3B)): systems to take it down within the deadline at most, with the two
 * reasons a website may decide not to, then what the report must say (s.20A(2)). One component,
 * so the pages that describe the duty cannot describe it differently.
 */
export function ContentReportDuty() {
  return (
    <>
      <p>
        Websites and apps regulated under the Online Safety Act 2023 must let you make an{' '}
        <strong>intimate image content report</strong> ({fact('contentReportSection')} of that Act). They
        must have systems to take it down as soon as reasonably practicable, and within{' '}
        {fact('takedownDeadline')} at most, unless they decide it is not an intimate image or that you
        are not the person in it (or acting for them). This covers copies they find that are the same,
        or almost the same, too.
      </p>
      <p>For the report to count, it must:</p>
      <ul>
        {contentReportMustSay.map((element) => (
          <li key={element}>{element}</li>
        ))}
      </ul>
    </>
  );
}
