/** Dates and times as the inbox shows them: UK time, day and month in words. */
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

export function formatDateTime(ms: number): string {
  return dateTime.format(new Date(ms));
}

const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** A day alone, for dates that have no time of their own (deletion, review). */
export function formatDate(ms: number): string {
  return date.format(new Date(ms));
}
