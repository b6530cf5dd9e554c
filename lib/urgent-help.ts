/**
 * The numbers a person may need right now, defined once so the footer, the home page and
 * (later) the form's safety step and confirmation page all say the same thing.
 *
 * Every entry comes from shared/reference/law-facts.md with its source. Opening hours are
 * given only where that file verifies them.
 */

export type Helpline = {
  id: 'emergency' | 'non-emergency' | 'revenge-porn-helpline' | 'domestic-abuse-helpline';
  name: string;
  /** The number as a person would read and dial it. */
  number: string;
  /** When to call, in plain words. */
  when: string;
  source: string;
};

export const helplines: readonly Helpline[] = [
  {
    id: 'emergency',
    name: 'Police',
    number: '999',
    when:
      'If you are in danger now. If you cannot speak on a mobile, stay on the line and press 55 ' +
      'when you are asked to.',
    source:
      'https://www.avonandsomerset-pcc.gov.uk/News-and-Events/News-Archive/2019/April/Avon-and-Somerset-Police-statement-over-IOPCs-%27Make-Yourself-Heard%27-campaign-to-raise-awareness-of-silent-999-system.aspx',
  },
  {
    id: 'non-emergency',
    name: 'Police non-emergency',
    number: '101',
    when: 'To report a crime that is not an emergency.',
    source: 'https://revengepornhelpline.org.uk/faq/',
  },
  {
    id: 'revenge-porn-helpline',
    name: 'Revenge Porn Helpline',
    number: '0345 6000 459',
    when: 'Advice for adults in the UK whose intimate images were shared or threatened.',
    source: 'https://revengepornhelpline.org.uk/faq/',
  },
  {
    id: 'domestic-abuse-helpline',
    name: 'National Domestic Abuse Helpline',
    number: '0808 2000 247',
    when: 'Free, 24 hours, if a partner, ex-partner or family member is hurting or controlling you.',
    source: 'https://www.refuge.org.uk/category/news/',
  },
];

/** The `tel:` address for a number written with spaces, for a link a phone can dial. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
