import { describe, expect, it } from 'vitest';
import { idle, progressMessage, step, WINDOW_MS, type ShiftEvent, type ShiftSequence } from './shift-sequence';

/** Plays a list of events and returns every outcome in order. */
function play(events: ShiftEvent[], start: ShiftSequence = idle) {
  let sequence = start;
  return events.map((event) => {
    const next = step(sequence, event);
    sequence = next.sequence;
    return next.outcome;
  });
}

const press = (key: string, at: number): ShiftEvent[] => [
  { type: 'keydown', key, repeat: false, at },
  { type: 'keyup', key, at: at + 50 },
];

describe('the Shift-three-times gesture', () => {
  it('exits on the third clean Shift press within five seconds', () => {
    const outcomes = play([...press('Shift', 0), ...press('Shift', 1000), ...press('Shift', 2000)]);
    expect(outcomes).toEqual(['none', 'progress', 'none', 'progress', 'none', 'exit']);
  });

  it('does not exit when the presses take longer than five seconds', () => {
    const outcomes = play([
      ...press('Shift', 0),
      ...press('Shift', 1000),
      ...press('Shift', WINDOW_MS + 100),
    ]);
    expect(outcomes).not.toContain('exit');
    expect(outcomes[4]).toBe('expired');
  });

  it('ignores Shift used to type capital letters', () => {
    const capital = (letter: string, at: number): ShiftEvent[] => [
      { type: 'keydown', key: 'Shift', repeat: false, at },
      { type: 'keydown', key: letter, repeat: false, at: at + 10 },
      { type: 'keyup', key: letter, at: at + 20 },
      { type: 'keyup', key: 'Shift', at: at + 30 },
    ];
    const outcomes = play([...capital('A', 0), ...capital('B', 100), ...capital('C', 200)]);
    expect(outcomes.every((outcome) => outcome === 'none')).toBe(true);
  });

  it('starts again when another key is pressed in between', () => {
    const outcomes = play([...press('Shift', 0), ...press('Shift', 100), ...press('a', 200), ...press('Shift', 300)]);
    expect(outcomes).toEqual(['none', 'progress', 'none', 'progress', 'cancelled', 'none', 'none', 'progress']);
  });

  it('ignores auto-repeat while Shift is held down', () => {
    const outcomes = play([
      { type: 'keydown', key: 'Shift', repeat: false, at: 0 },
      { type: 'keydown', key: 'Shift', repeat: true, at: 500 },
      { type: 'keydown', key: 'Shift', repeat: true, at: 530 },
      { type: 'keyup', key: 'Shift', at: 600 },
    ]);
    expect(outcomes).toEqual(['none', 'none', 'none', 'progress']);
  });

  it('tells the person how many presses are left', () => {
    expect(progressMessage(1)).toBe('Shift, press 2 more times to exit.');
    expect(progressMessage(2)).toBe('Shift, press 1 more time to exit.');
  });
});
