/**
 * Exit this page, after the GOV.UK Design System component: a button that is always in view,
 * and Shift pressed three times within five seconds, both of which leave for a neutral site.
 *
 * Markup only, so that pages with no framework JavaScript can render it. Without JavaScript the
 * button is a plain link to /exit, which redirects there on the server; with it, the one small
 * script in `exit-this-page-script.ts` (loaded by `ExitThisPageScript`) leaves straight from the
 * browser and adds the Shift gesture.
 */
import { exitPath, exitScriptPath } from '@/lib/site-links';

type Props = {
  /** The neutral site to leave for. */
  exitUrl: string;
};

export function ExitThisPage({ exitUrl }: Props) {
  return (
    <div className="exit-this-page" data-exit-url={exitUrl}>
      <a
        href={exitPath}
        role="button"
        className="exit-this-page__button"
        rel="nofollow noreferrer"
        data-exit-this-page=""
      >
        <span className="visually-hidden">Emergency</span> Exit this page
      </a>
      <p className="exit-this-page__hint">Or press Shift 3 times</p>
      <p className="exit-this-page__progress" role="status"></p>
    </div>
  );
}

/**
 * The script tag, for the page's head. `nonce` is needed where the policy trusts scripts by
 * nonce ('strict-dynamic' ignores 'self'); static pages, whose policy allows 'self', have none.
 */
export function ExitThisPageScript({ nonce }: { nonce?: string }) {
  return <script src={exitScriptPath} defer nonce={nonce} />;
}
