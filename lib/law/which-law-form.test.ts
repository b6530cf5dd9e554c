import { describe, expect, it } from 'vitest';
import { describeAnswers, parseWhichLawForm, valuesFromFormData, whichLawFields, type WhichLawValues } from './which-law-form';

const today = '2026-11-28';
const complete: WhichLawValues = { nation: 'england', when: 'not-sure', what: 'shared', image: 'real', under18: 'no' };

describe('parseWhichLawForm', () => {
  it('turns a complete form into a question', () => {
    expect(parseWhichLawForm(complete, today)).toEqual({
      ok: true,
      question: { nation: 'england', when: { kind: 'not-sure' }, what: 'shared', image: 'real', under18: 'no' },
    });
  });

  it('reads the date boxes as a calendar date', () => {
    const result = parseWhichLawForm(
      { ...complete, when: 'date', 'when-day': '3', 'when-month': '7', 'when-year': '2017' },
      today,
    );
    expect(result).toMatchObject({ ok: true, question: { when: { kind: 'date', date: '2017-07-03' } } });
  });

  it('lists one error per missing answer, in question order, each linked to its input', () => {
    const result = parseWhichLawForm({}, today);
    expect(result).toEqual({
      ok: false,
      errors: whichLawFields.map((field) => ({ field: field.name, message: field.required })),
    });
  });

  it('refuses values that are not options', () => {
    const result = parseWhichLawForm({ ...complete, nation: 'france' }, today);
    expect(result).toEqual({ ok: false, errors: [{ field: 'nation', message: 'Select where it happened' }] });
  });

  it.each([
    [{}, 'when-day', 'Enter the date it happened'],
    [{ 'when-day': '3', 'when-year': '2017' }, 'when-month', 'The date must include a month'],
    [{ 'when-day': '31', 'when-month': '2', 'when-year': '2017' }, 'when-day', 'The date must be a real date'],
    [{ 'when-day': '1', 'when-month': '1', 'when-year': '17' }, 'when-day', 'The date must be a real date'],
    [{ 'when-day': 'x', 'when-month': '1', 'when-year': '2017' }, 'when-day', 'The date must be a real date'],
    [{ 'when-day': '29', 'when-month': '11', 'when-year': '2026' }, 'when-day', 'The date must be today or in the past'],
  ])('explains a date problem: %j', (date, field, message) => {
    expect(parseWhichLawForm({ ...complete, when: 'date', ...date }, today)).toEqual({
      ok: false,
      errors: [{ field, message }],
    });
  });

  it('accepts today', () => {
    const result = parseWhichLawForm(
      { ...complete, when: 'date', 'when-day': '28', 'when-month': '11', 'when-year': '2026' },
      today,
    );
    expect(result.ok).toBe(true);
  });
});

describe('valuesFromFormData', () => {
  it('keeps only the form’s own fields, as short text', () => {
    const data = new FormData();
    data.set('nation', 'scotland');
    data.set('$ACTION_ID_abc', '');
    data.set('when-year', '2'.repeat(500));
    const values = valuesFromFormData(data);
    expect(Object.keys(values).sort()).toEqual(['nation', 'when-year']);
    expect(values['when-year']).toHaveLength(100);
  });
});

describe('describeAnswers', () => {
  it('puts every answer into words, with a date written out', () => {
    expect(
      describeAnswers({ ...complete, when: 'date', 'when-day': '3', 'when-month': '7', 'when-year': '2017' }),
    ).toEqual([
      { question: 'Where did it happen?', answer: 'England' },
      { question: 'When did it happen?', answer: '3 July 2017' },
      { question: 'What happened?', answer: 'They shared the image, or showed it to someone' },
      { question: 'Is the image real, edited or fake?', answer: 'It is real' },
      { question: 'Was the person in the image under 18 when it was taken?', answer: 'No' },
    ]);
  });
});

describe('the new answers', () => {
  it('accepts a real image that was edited, a fake, taking and making a fake', () => {
    for (const [what, image] of [
      ['taken', 'real'],
      ['created', 'fake'],
      ['shared', 'real-edited'],
    ] as const) {
      const result = parseWhichLawForm({ ...complete, what, image }, '2026-11-29');
      expect(result).toEqual({ ok: true, question: expect.objectContaining({ what, image }) });
    }
  });

  it('refuses the old "fake or altered" answer, which the law treated as two things', () => {
    const result = parseWhichLawForm({ ...complete, image: 'fake-or-altered' }, '2026-11-29');
    expect(result).toEqual({ ok: false, errors: [{ field: 'image', message: 'Select whether the image is real, edited or fake' }] });
  });
});

describe('walk 3: the date choices follow the place chosen', () => {
  const whenLabels = whichLawFields.find((field) => field.name === 'when')!.options.map((option) => option.label);

  it('offers each place its own periods, each labelled with its place', () => {
    expect(whenLabels).toEqual([
      'I know the date',
      'In England or Wales, before 13 April 2015',
      'In England or Wales, between 13 April 2015 and 30 January 2024',
      'In England or Wales, on or after 31 January 2024',
      'In Scotland, before 3 July 2017',
      'In Scotland, on or after 3 July 2017',
      'In Northern Ireland, before 12 May 2016',
      'In Northern Ireland, between 12 May 2016 and 26 November 2023',
      'In Northern Ireland, on or after 27 November 2023',
      'I’m not sure',
    ]);
  });

  it('takes a Scottish period for Scotland, and describes it in the answers', () => {
    const values = { ...complete, nation: 'scotland', when: 'scotland-since-july-2017' };
    expect(parseWhichLawForm(values, today)).toMatchObject({ ok: true, question: { when: { kind: 'scotland-since-july-2017' } } });
    expect(describeAnswers(values)[1]).toEqual({ question: 'When did it happen?', answer: 'In Scotland, on or after 3 July 2017' });
  });

  it('refuses another place’s period, and says which place’s to choose', () => {
    expect(parseWhichLawForm({ ...complete, nation: 'scotland', when: 'april-2015-to-january-2024' }, today)).toEqual({
      ok: false,
      errors: [{ field: 'when', message: 'Select a time for Scotland, or enter the date' }],
    });
    expect(parseWhichLawForm({ ...complete, nation: 'wales', when: 'ni-since-november-2023' }, today)).toEqual({
      ok: false,
      errors: [{ field: 'when', message: 'Select a time for England or Wales, or enter the date' }],
    });
  });

  it('answers outside the UK whatever period was chosen', () => {
    expect(parseWhichLawForm({ ...complete, nation: 'elsewhere', when: 'scotland-before-july-2017' }, today).ok).toBe(true);
  });
});
