import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ErrorSummary } from '@/components/form-kit/error-summary';
import { Field } from '@/components/form-kit/field';
import { AnswerList } from '@/components/inbox/answer-list';
import { CaseMessages } from '@/components/inbox/case-messages';
import { CaseRetention } from '@/components/inbox/case-retention';
import { CopyButton } from '@/components/inbox/copy-button';
import { formatDateTime } from '@/components/inbox/format-time';
import { InboxNav } from '@/components/inbox/inbox-nav';
import { normaliseReference } from '@/lib/cases/reference';
import { casePageErrors, loadCase, type CasePageError } from '@/lib/runtime/case-view';
import {
  caseOutcomeLabels,
  caseOutcomes,
  caseStatuses,
  caseStatusLabels,
  NOTE_MAX_LENGTH,
} from '@/lib/cases/case-state';
import { requireStaff } from '@/lib/runtime/guard';
import { inboxRuntime } from '@/lib/runtime/server';
import { evidenceWarning } from '@/lib/referral/output/human-v1';
import { cleanedLinkLabel } from '@/lib/referral/format';
import { decryptHoldReason } from '@/lib/retention/legal-hold';
import { scheduleFor } from '@/lib/cases/retention-rules';
import { priorityLabels } from '@/lib/referral/triage';
import { signOutAction } from '../../sign-in/actions';
import {
  addNoteAction,
  approveHoldLiftAction,
  assignAction,
  requestHoldLiftAction,
  sendMessageAction,
  setHoldAction,
  setStatusAction,
} from './actions';

export const metadata: Metadata = { title: 'Case' };

type Props = {
  params: Promise<{ reference: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function CasePage({ params, searchParams }: Props) {
  const { member } = await requireStaff();
  const reference = normaliseReference((await params).reference);
  const runtime = await inboxRuntime();
  const view = reference ? await loadCase(runtime, reference) : undefined;
  if (!reference || !view) notFound();
  await runtime.auth.recordCaseEvent(member, 'view', reference);

  const navigation = (
    <>
      <InboxNav member={member} signOut={signOutAction} />
      <p>
        <Link href="/inbox" className="back-link">
          Back to the queue
        </Link>
      </p>
    </>
  );

  if (view.withdrawn) {
    // A tombstone: the person withdrew, and everything they told us is gone.
    return (
      <>
        {navigation}
        <h1 className="heading-l">
          <span className="caption">Referral</span> {view.record.reference}
        </h1>
        <p>
          Received {formatDateTime(view.record.receivedAt)}. Withdrawn by the person{' '}
          {view.record.withdrawnAt !== null ? formatDateTime(view.record.withdrawnAt) : ''}.
        </p>
        <p>
          They withdrew their referral and asked for it to be deleted. Its answers, notes and messages have been deleted.
          Do not contact them about it.
        </p>
      </>
    );
  }

  const { error } = await searchParams;
  const formError = typeof error === 'string' && Object.hasOwn(casePageErrors, error) ? casePageErrors[error as CasePageError] : undefined;
  const errorFor = (field: string) => (formError?.field === field ? formError.message : undefined);
  const { record, rules, triage } = view;
  // Contacting and waiting-for-them both mean the service is in touch: not offered without a safe channel.
  const offeredStatuses = caseStatuses.filter((status) => rules.channel !== null || (status !== 'contacting' && status !== 'waiting'));
  const staffList = member.role === 'manager' ? (await runtime.staff.list()).filter((person) => person.disabledAt === null && person.enrolledAt !== null) : [];
  const lifeFacts = await runtime.retention.findCase(record.reference);
  const hold = await runtime.retention.findHold(record.reference);

  return (
    <>
      {navigation}
      <ErrorSummary errors={formError ? [formError] : []} />
      <h1 className="heading-l">
        <span className="caption">Referral</span> {record.reference}{' '}
        <strong className={`tag tag--${triage.priority}`}>{priorityLabels[triage.priority]}</strong>
      </h1>
      <p>
        Received {formatDateTime(record.receivedAt)}. Status: <strong>{caseStatusLabels[record.status]}</strong>
        {view.overdue ? <strong className="tag tag--overdue"> Overdue for first contact</strong> : null}. Assigned to:{' '}
        {record.assignee?.email ?? 'nobody yet'}.
      </p>

      <section aria-labelledby="contact-rules" className="contact-rules">
        <h2 id="contact-rules" className="heading-m">
          Before you contact them
        </h2>
        {rules.doNot.length > 0 ? (
          <ul className="contact-rules__do-not">
            {rules.doNot.map((rule) => (
              <li key={rule}>
                <strong>{rule}</strong>
              </li>
            ))}
          </ul>
        ) : null}
        {rules.do.length > 0 ? (
          <ul>
            {rules.do.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        ) : null}
        {rules.channel && rules.contactDetail ? (
          <p>
            {rules.channel === 'email' ? 'Email address' : 'Phone number'}: <code>{rules.contactDetail}</code>{' '}
            <CopyButton text={rules.contactDetail} label={rules.channel === 'email' ? 'Copy email address' : 'Copy phone number'} />
          </p>
        ) : null}
        <h3 className="heading-s">What they told us</h3>
        <AnswerList rows={view.safeContact.rows} />
      </section>

      <section aria-labelledby="work-on-case">
        <h2 id="work-on-case" className="heading-m">
          Work on this case
        </h2>
        <form action={setStatusAction} className="case-form">
          <input type="hidden" name="reference" value={record.reference} />
          <Field id="status" label="Status" error={errorFor('status')}>
            {(aria) => (
              <select id="status" name="status" defaultValue={record.status} {...aria}>
                {offeredStatuses.map((status) => (
                  <option key={status} value={status}>
                    {caseStatusLabels[status]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="outcome" label="Outcome (needed to close the case)" error={errorFor('outcome')}>
            {(aria) => (
              <select id="outcome" name="outcome" defaultValue={record.outcome ?? ''} {...aria}>
                <option value="">Not closed</option>
                {caseOutcomes.map((outcome) => (
                  <option key={outcome} value={outcome}>
                    {caseOutcomeLabels[outcome]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" className="button">
            Save status
          </button>
        </form>

        {member.role === 'manager' ? (
          <form action={assignAction} className="case-form">
            <input type="hidden" name="reference" value={record.reference} />
            <Field id="assignee" label="Assign to" error={errorFor('assignee')}>
              {(aria) => (
                <select id="assignee" name="assignee" defaultValue={record.assignee ? String(record.assignee.id) : ''} {...aria}>
                  <option value="">Nobody</option>
                  {staffList.map((person) => (
                    <option key={person.id} value={String(person.id)}>
                      {person.email}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" className="button button--secondary">
              Assign
            </button>
          </form>
        ) : null}

        <h3 className="heading-s">Notes</h3>
        {view.notes.length === 0 ? <p>No notes yet.</p> : null}
        <ol className="case-notes">
          {view.notes.map((note) => (
            <li key={note.id}>
              <p className="hint">
                {note.authorEmail}, {formatDateTime(note.createdAt)}
              </p>
              <p className="case-notes__text">{note.text}</p>
            </li>
          ))}
        </ol>
        <form action={addNoteAction} className="case-form">
          <input type="hidden" name="reference" value={record.reference} />
          <Field
            id="note"
            label="Add a note"
            hint={`Kept encrypted with the referral. Up to ${NOTE_MAX_LENGTH.toLocaleString('en-GB')} characters.`}
            error={errorFor('note')}
          >
            {(aria) => <textarea id="note" name="note" rows={4} maxLength={NOTE_MAX_LENGTH} {...aria} />}
          </Field>
          <button type="submit" className="button button--secondary">
            Save note
          </button>
        </form>
      </section>

      {lifeFacts ? (
        <CaseRetention
          reference={record.reference}
          member={member}
          schedule={scheduleFor(lifeFacts, runtime.env.retention.policy, runtime.now())}
          idleDays={runtime.env.retention.policy.idleDays}
          hold={
            hold
              ? {
                  reason: decryptHoldReason(runtime.dataKey, hold),
                  reviewAt: hold.reviewAt,
                  setBy: hold.setBy.email,
                  setAt: hold.setAt,
                  liftRequestedBy: hold.liftRequestedBy,
                }
              : null
          }
          error={formError}
          setHold={setHoldAction}
          requestLift={requestHoldLiftAction}
          approveLift={approveHoldLiftAction}
        />
      ) : null}

      <CaseMessages
        reference={record.reference}
        messages={view.messages}
        canMessage={view.canMessage}
        error={errorFor('message')}
        send={sendMessageAction}
      />

      <section aria-labelledby="the-referral">
        <h2 id="the-referral" className="heading-m">
          The referral
        </h2>
        <AnswerList
          rows={[{ label: 'Why this priority', lines: triage.reasons.length > 0 ? triage.reasons : ['No urgent factors reported'] }]}
        />
        {view.whichLaw ? (
          <>
            <h3 className="heading-s">Which law may apply</h3>
            <p>
              <strong>{view.whichLaw.basedOn}</strong>
            </p>
            {view.whichLaw.result ? (
              <>
                <p>{view.whichLaw.result.headline}</p>
                <p className="hint">
                  Worked out from that place, what happened and when they found out, which may be later than when the
                  images were shared or the threat made. See <Link href="/law/which-law">which law applies</Link> for the
                  full answer and its sources.
                </p>
                {view.whichLaw.result.caveats.length > 0 ? (
                  <ul>
                    {view.whichLaw.result.caveats.map((caveat) => (
                      <li key={caveat}>{caveat}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : (
              <p className="hint">
                <Link href="/law/which-law">Which law applies</Link> asks the questions that decide it.
              </p>
            )}
          </>
        ) : null}
        <h3 className="heading-s">Evidence</h3>
        {view.evidence.length === 0 ? (
          <p>None added</p>
        ) : (
          <>
            <p className="warning-text">
              <strong>{evidenceWarning}</strong> Addresses are written with [:] so that they cannot be opened by a tap.
            </p>
            <ol className="case-evidence">
              {view.evidence.map((item, index) => (
                <li key={index}>
                  <p>
                    <strong>
                      {item.platform}
                      {item.kind ? ` (${item.kind})` : ''}
                    </strong>
                  </p>
                  <p>
                    {item.cleanedLink ? 'As they entered it: ' : ''}
                    <code>{item.defanged}</code> <CopyButton text={item.where} label="Copy address" />
                  </p>
                  {item.cleanedLink && (
                    <p>
                      {cleanedLinkLabel}: <code>{item.defangedCleanedLink}</code>{' '}
                      <CopyButton text={item.cleanedLink} label="Copy link without tracking parts" />
                    </p>
                  )}
                  <p className="hint">
                    Seen: {item.seenOn}. What it shows: {item.whatItShows}. Reported to the platform: {item.reported}. Screenshot
                    kept: {item.screenshotKept}.
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
        {view.sections.map((section) => (
          <div key={section.step.id}>
            <h3 className="heading-s">{section.step.title}</h3>
            <AnswerList rows={section.rows} />
          </div>
        ))}
      </section>
    </>
  );
}
