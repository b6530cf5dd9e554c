'use client';

/**
 * Exit this page, after the GOV.UK Design System component: a button that is always in view,
 * and Shift pressed three times within five seconds, both of which leave for a neutral site.
 *
 * Without JavaScript the button is a plain link to /exit, which redirects there on the server.
 * With JavaScript, any element marked `data-exit-this-page` (the button and the hidden skip link
 * in the layout) leaves straight away from the browser, which is faster on a poor connection.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { exitPath } from '@/lib/site-links';
import { leaveSite } from './leave-site';
import { idle, progressMessage, step, WINDOW_MS, type ShiftSequence } from './shift-sequence';

type Props = {
  /** The neutral site to leave for. */
  exitUrl: string;
};

export function ExitThisPage({ exitUrl }: Props) {
  const [message, setMessage] = useState('');
  const [exiting, setExiting] = useState(false);
  const sequence = useRef<ShiftSequence>(idle);
  const expiry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const exit = useCallback(() => {
    clearTimeout(expiry.current);
    // Hide the page at once: on a slow connection the next site can take a while to appear.
    setExiting(true);
    setMessage('Loading.');
    leaveSite(exitUrl);
  }, [exitUrl]);

  useEffect(() => {
    function onClick(event: MouseEvent) {
      const target = event.target instanceof Element ? event.target : null;
      if (!target?.closest('[data-exit-this-page]')) return;
      event.preventDefault();
      exit();
    }

    function onKey(event: KeyboardEvent) {
      const { sequence: next, outcome } = step(
        sequence.current,
        event.type === 'keydown'
          ? { type: 'keydown', key: event.key, repeat: event.repeat, at: Date.now() }
          : { type: 'keyup', key: event.key, at: Date.now() },
      );
      sequence.current = next;
      if (outcome === 'exit') return exit();
      if (outcome === 'progress') {
        setMessage(progressMessage(next.presses));
        clearTimeout(expiry.current);
        expiry.current = setTimeout(() => {
          sequence.current = idle;
          setMessage('Exit this page expired.');
        }, WINDOW_MS);
      }
      if (outcome === 'cancelled' || outcome === 'expired') {
        clearTimeout(expiry.current);
        setMessage('');
      }
    }

    // A page restored from the back-forward cache must come back whole, not under the overlay.
    function onPageShow(event: PageTransitionEvent) {
      if (!event.persisted) return;
      sequence.current = idle;
      setExiting(false);
      setMessage('');
    }

    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    document.addEventListener('keyup', onKey);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('keyup', onKey);
      window.removeEventListener('pageshow', onPageShow);
      clearTimeout(expiry.current);
    };
  }, [exit]);

  return (
    <div className="exit-this-page">
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
      <p className="exit-this-page__progress" role="status">
        {message}
      </p>
      {exiting ? (
        <div className="exit-this-page__overlay" aria-hidden="true">
          Loading.
        </div>
      ) : null}
    </div>
  );
}
