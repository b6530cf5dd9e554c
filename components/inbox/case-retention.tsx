/**
 * The case page's "Keeping this case" section: when the case will be deleted (or that an open
 * case is kept, and flagged when idle), and the legal hold. Managers set a hold with a reason
 * and a review date; lifting one takes a request and a different manager's approval. Caseworkers
 * see that a case is held, not why.
 */
import { formatDate, formatDateTime } from '@/components/inbox/format-time';
import { Field, Fieldset } from '@/components/form-kit/field';
import { HOLD_REASON_MAX_LENGTH } from '@/lib/retention/legal-hold';
import type { CaseSchedule } from '@/lib/cases/retention-rules';

// The day's id is the field's own, so the error summary's link lands on the first box.
const reviewDateParts = [
  { id: 'holdReview', name: 'holdReviewDay', label: 'Day', width: 2 },
  { id: 'holdReviewMonth', name: 'holdReviewMonth', label: 'Month', width: 2 },
  { id: 'holdReviewYear', name: 'holdReviewYear', label: 'Year', width: 4 },
] as const;

type HoldView = {
  reason: string;
  reviewAt: number;
  setBy: string;
  setAt: number;
  liftRequestedBy: { id: number; email: string } | null;
};

type Props = {
  reference: string;
  member: { id: number; role: 'caseworker' | 'manager' };
  schedule: CaseSchedule;
  idleDays: number;
  hold: HoldView | null;
  /** The error, if the last hold action was refused. */
  error: { field: string; message: string } | undefined;
  setHold: (formData: FormData) => Promise<void>;
  requestLift: (formData: FormData) => Promise<void>;
  approveLift: (formData: FormData) => Promise<void>;
};

function Schedule({ schedule, idleDays, held }: { schedule: CaseSchedule; idleDays: number; held: boolean }) {
  if (schedule.state === 'open') {
    return (
      <p>
        Open cases are kept until they are closed. {schedule.idle ? <strong className="tag tag--overdue">Idle</strong> : null}{' '}
        {schedule.idle ? `No change since ${formatDate(schedule.lastChangeAt)}, more than ${idleDays} days: managers are told.` : null}
      </p>
    );
  }
  return held ? (
    <p>
      Closed. It would have been deleted on {formatDate(schedule.deleteAt)}, but it is on legal hold: it is kept until the hold is
      lifted.
    </p>
  ) : (
    <p>
      Closed. It will be deleted on <strong>{formatDate(schedule.deleteAt)}</strong>, leaving only its reference, dates and
      outcome. A note, or a message from the person, moves the date later.
    </p>
  );
}

export function CaseRetention({ reference, member, schedule, idleDays, hold, error, setHold, requestLift, approveLift }: Props) {
  const isManager = member.role === 'manager';
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);
  return (
    <section aria-labelledby="keeping-this-case">
      <h2 id="keeping-this-case" className="heading-m">
        Keeping this case
      </h2>
      <Schedule schedule={schedule} idleDays={idleDays} held={hold !== null} />
      {hold ? (
        <>
          <h3 className="heading-s">Legal hold</h3>
          <p>
            On legal hold since {formatDateTime(hold.setAt)}, set by {hold.setBy}. Review it by <strong>{formatDate(hold.reviewAt)}</strong>.
          </p>
          {isManager ? (
            <>
              <p>
                Reason: <span className="case-notes__text">{hold.reason}</span>
              </p>
              {hold.liftRequestedBy === null ? (
                <form action={requestLift} className="case-form">
                  <input type="hidden" name="reference" value={reference} />
                  <p className="hint">Lifting a hold takes two managers: you ask, and another manager approves.</p>
                  <button type="submit" id="holdLift" className={`button button--secondary${error?.field === 'holdLift' ? ' form-group--error' : ''}`}>
                    Ask to lift the hold
                  </button>
                </form>
              ) : hold.liftRequestedBy.id === member.id ? (
                <p id="holdLift">You asked to lift this hold. Another manager must approve it.</p>
              ) : (
                <form action={approveLift} className="case-form">
                  <input type="hidden" name="reference" value={reference} />
                  <p>{hold.liftRequestedBy.email} asked to lift this hold.</p>
                  <button type="submit" id="holdLift" className="button button--warning">
                    Approve lifting the hold
                  </button>
                </form>
              )}
            </>
          ) : null}
        </>
      ) : isManager ? (
        <form action={setHold} className="case-form">
          <input type="hidden" name="reference" value={reference} />
          <h3 className="heading-s">Legal hold</h3>
          <p className="hint">
            A held case is never deleted on its date: for a court case, a police request or a complaint. Lifting it later takes two
            managers.
          </p>
          <Field
            id="holdReason"
            label="Why it must be kept"
            hint={`Kept encrypted with the case, and deleted with it. Up to ${HOLD_REASON_MAX_LENGTH} characters.`}
            error={errorFor('holdReason')}
          >
            {(aria) => <textarea id="holdReason" name="holdReason" rows={2} maxLength={HOLD_REASON_MAX_LENGTH} {...aria} />}
          </Field>
          <Fieldset id="holdReview" legend="Review the hold by" legendClassName="label" hint="Within a year. For example, 27 3 2027" error={errorFor('holdReview')}>
            <div className="date-input">
              {reviewDateParts.map(({ id, name, label, width }) => (
                <div key={name} className="date-input__item">
                  <label className="label" htmlFor={id}>
                    {label}
                  </label>
                  <input id={id} name={name} type="text" inputMode="numeric" className={`input--width-${width}`} maxLength={width} />
                </div>
              ))}
            </div>
          </Fieldset>
          <button type="submit" className="button button--secondary">
            Put on legal hold
          </button>
        </form>
      ) : null}
    </section>
  );
}
