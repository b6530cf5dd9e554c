/**
 * The "press Shift three times within five seconds" gesture from the GOV.UK Exit this page
 * component, as a pure state machine so it can be tested without a browser or real time.
 *
 * A Shift press only counts when Shift went down and up with no other key in between: someone
 * typing capital letters also presses Shift, and must not be thrown off the site for it.
 */

export const PRESSES_TO_EXIT = 3;
export const WINDOW_MS = 5000;

export type ShiftSequence = {
  /** Counted Shift presses in the current window. */
  presses: number;
  /** When the first counted press of this window happened, or null when idle. */
  startedAt: number | null;
  /** Shift is held and no other key has been pressed since it went down. */
  shiftHeldAlone: boolean;
};

export type ShiftEvent =
  | { type: 'keydown'; key: string; repeat: boolean; at: number }
  | { type: 'keyup'; key: string; at: number };

export const idle: ShiftSequence = { presses: 0, startedAt: null, shiftHeldAlone: false };

/** What the page should do after an event. */
export type ShiftOutcome = 'none' | 'progress' | 'exit' | 'expired' | 'cancelled';

/** Folds one keyboard event into the sequence. */
export function step(
  sequence: ShiftSequence,
  event: ShiftEvent,
): { sequence: ShiftSequence; outcome: ShiftOutcome } {
  const expired =
    sequence.startedAt !== null && event.at - sequence.startedAt > WINDOW_MS;
  const current = expired ? { ...idle, shiftHeldAlone: sequence.shiftHeldAlone } : sequence;

  if (event.type === 'keydown') {
    if (event.key === 'Shift') {
      if (event.repeat) return { sequence: current, outcome: expired ? 'expired' : 'none' };
      return { sequence: { ...current, shiftHeldAlone: true }, outcome: expired ? 'expired' : 'none' };
    }
    // Any other key means the person is typing: start again.
    const wasCounting = current.presses > 0;
    return {
      sequence: { ...idle },
      outcome: expired ? 'expired' : wasCounting ? 'cancelled' : 'none',
    };
  }

  if (event.key !== 'Shift' || !current.shiftHeldAlone) {
    return { sequence: { ...current, shiftHeldAlone: false }, outcome: expired ? 'expired' : 'none' };
  }
  const presses = current.presses + 1;
  if (presses >= PRESSES_TO_EXIT) return { sequence: { ...idle }, outcome: 'exit' };
  return {
    sequence: { presses, startedAt: current.startedAt ?? event.at, shiftHeldAlone: false },
    outcome: 'progress',
  };
}

/** The message shown and announced while the gesture is under way. */
export function progressMessage(presses: number): string {
  const remaining = PRESSES_TO_EXIT - presses;
  return `Shift, press ${remaining} more ${remaining === 1 ? 'time' : 'times'} to exit.`;
}
