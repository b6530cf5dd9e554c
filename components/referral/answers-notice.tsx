/**
 * What happens to her answers, on the step where she agrees to it: the sentences the server
 * worked out from its own settings (lib/cases/answers-notice.ts, the privacy notice's too), and
 * the privacy notice itself, in a new tab so the answers in this one are kept.
 */
import type { AnswersNotice } from '@/lib/cases/answers-notice';
import { siteTabAttribute } from '@/lib/site-links';

export function AnswersNoticeText({ notice }: { notice: AnswersNotice }) {
  return (
    <>
      <p>{notice.where}</p>
      <p>{notice.readBy}</p>
      <p>{notice.kept}</p>
      <p>
        <a href="/privacy" target="_blank" rel="noreferrer" {...{ [siteTabAttribute]: '' }}>
          Read the privacy notice (opens in a new tab, so your answers here are kept)
        </a>
      </p>
    </>
  );
}
