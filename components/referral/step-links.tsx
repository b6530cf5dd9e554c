/**
 * The links and numbers some steps give beyond their words: where to go instead when the
 * person in the images is under 18, and the number to call when someone is in danger.
 * Sources: the law facts reference, sections 5 and 9.
 */
import type { ReactNode } from 'react';
import { referralStartPath } from '@/lib/referral/addresses';
import type { StepId } from '@/lib/referral/definition';
import { helpline, telHref } from '@/lib/urgent-help';

const childline = helpline('childline');

export const stepLinks: Partial<Record<StepId, ReactNode>> = {
  'call-999': (
    <p>
      <a href={telHref('999')} className="button button--warning">
        Call 999
      </a>
    </p>
  ),
  'under-18': (
    <>
      <h2 className="heading-m">Where to get help</h2>
      <ul>
        <li>
          <a href="https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove" rel="noreferrer">
            Report Remove
          </a>
          , from Childline and the Internet Watch Foundation, helps under-18s get nude images or videos of themselves
          taken down from the internet.
        </li>
        <li>
          {childline.name}: call <a href={telHref(childline.number)}>{childline.number}</a>, free and confidential, for anyone under 19.
        </li>
        <li>
          <a href="https://www.ceopeducation.co.uk/11_18/lets-talk-about/online-safety/reporting-nude-images/" rel="noreferrer">
            CEOP Education: reporting nude images
          </a>{' '}
          explains what to do if nude images of a young person are being shared.
        </li>
        <li>
          If a child is in danger now, call <a href={telHref('999')}>999</a>.
        </li>
      </ul>
      <p>
        <a href={referralStartPath}>Start again</a> if you chose this answer by mistake.
      </p>
    </>
  ),
};
