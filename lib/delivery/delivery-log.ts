/**
 * The delivery log: one JSON line per event, carrying only an event name and fields that cannot
 * identify or describe a person (a reference, an error code, counts). The field list is closed
 * on purpose, so a payload, an address or a reply text cannot be logged by accident.
 */
import 'server-only';

export type DeliveryLogFields = {
  reference?: string;
  code?: string;
  attempt?: number;
  count?: number;
  port?: number;
  file?: string;
  state?: string;
};

export type DeliveryLogger = (
  event: string,
  fields?: DeliveryLogFields,
  level?: 'info' | 'warn' | 'error',
) => void;

/** Writes a log line to stdout (info) or stderr (warn, error). */
export const logDeliveryEvent: DeliveryLogger = (event, fields = {}, level = 'info') => {
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === 'info') console.log(line);
  else console.error(line);
};
