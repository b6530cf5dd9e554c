/**
 * A PIN field, wherever one is asked for: a password field, so someone looking over a shoulder
 * sees dots; the number pad; and no autocomplete, so the phone does not offer to save the PIN
 * where the person who hurt them could find it.
 */
import { Field } from '@/components/form-kit/field';
import { PIN_MAX_LENGTH } from '@/lib/check-back/check-back-rules';

type Props = { id: string; label: string; hint?: string; error?: string };

export function PinField({ id, label, hint, error }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {/* A few more characters than the longest PIN, for the spaces people type to read it back. */}
      {(aria) => <input id={id} name={id} type="password" inputMode="numeric" autoComplete="off" maxLength={PIN_MAX_LENGTH + 4} {...aria} />}
    </Field>
  );
}
