/**
 * A PIN field, wherever one is asked for: a password field, so someone looking over a shoulder
 * sees dots; the number pad; and no autocomplete, so the phone does not offer to save the PIN
 * where the person who hurt them could find it.
 */
import { PIN_MAX_LENGTH } from '@/lib/check-back/check-back-rules';

type Props = { id: string; label: string; hint?: string; error?: string };

export function PinField({ id, label, hint, error }: Props) {
  const describedBy = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {/* A few more characters than the longest PIN, for the spaces people type to read it back. */}
      <input id={id} name={id} type="password" inputMode="numeric" autoComplete="off" maxLength={PIN_MAX_LENGTH + 4} aria-describedby={describedBy} />
    </div>
  );
}
