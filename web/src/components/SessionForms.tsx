import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import type { ConfirmationMode } from '../graphql/graphql';
import { useT } from '../i18n';
import { byField, Field, FormError } from './forms';
import { RequestError } from './ui';

const ScheduleSession = graphql(`
  mutation ScheduleSession($input: ScheduleSessionInput!) {
    scheduleSession(input: $input) { session { id startsAt seatsLeft } userErrors { field code message } }
  }
`);

const MoveSession = graphql(`
  mutation MoveSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      session { id startsAt endsAt capacity seatsLeft keptSeats prioritySeatsLeft keptSeatsInAll releaseKeptSeatsDaysBefore priorityWaitlist keptSeatsUntil }
      userErrors { field code message }
    }
  }
`);

const CancelSession = graphql(`
  mutation CancelSession($id: ID!, $reason: String!) {
    cancelSession(id: $id, reason: $reason) { session { id status } userErrors { field code message } }
  }
`);

// Kepu's venues are in China; times typed into these forms are Beijing time.
const OFFSET = '+08:00';
const at = (day: string, time: string) => `${day}T${time}:00${OFFSET}`;
const dayOf = (iso: string) => iso.slice(0, 10);
const timeOf = (iso: string) => iso.slice(11, 16);

interface SessionRow {
  id: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  capacity: number;
  seatsLeft: number;
  status: string;
  confirmation: string;
  keptSeats: number;
  keptSeatsInAll: number;
  releaseKeptSeatsDaysBefore: number;
  priorityWaitlist: boolean;
  keptSeatsUntil?: string | null;
}

/** Opens a new session of a programme or talk. */
export function ScheduleForm({ programmeId, talkId, onDone }: { programmeId?: string; talkId?: string; onDone(): void }) {
  const { t, label } = useT();
  const tomorrow = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const [form, setForm] = useState({ day: tomorrow, start: '09:30', end: '11:00', capacity: '60', confirmation: 'AUTOMATIC' as ConfirmationMode, keptSeats: '0', releaseKeptSeatsDaysBefore: '3', priorityWaitlist: false });
  const [result, schedule] = useMutation(ScheduleSession);
  const errors = byField(result.data?.scheduleSession.userErrors, ['startsAt', 'endsAt', 'capacity', 'confirmation', 'keptSeats', 'releaseKeptSeatsDaysBefore']);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await schedule({
      input: {
        programmeId, talkId, startsAt: at(form.day, form.start), endsAt: at(form.day, form.end), capacity: Number(form.capacity), confirmation: form.confirmation,
        keptSeats: Number(form.keptSeats), releaseKeptSeatsDaysBefore: Number(form.releaseKeptSeatsDaysBefore), priorityWaitlist: form.priorityWaitlist,
      },
    });
    if (answer.data?.scheduleSession.session) onDone();
  };
  return (
    <form className="editor" onSubmit={submit} noValidate aria-label={t('desk.schedule')}>
      <FormError error={errors['']} />
      <RequestError error={result.error} />
      <div className="row">
        <Field label={t('session.day')} error={errors.startsAt}><input type="date" value={form.day} onChange={set('day')} /></Field>
        <Field label={t('session.start')}><input type="time" value={form.start} onChange={set('start')} /></Field>
        <Field label={t('session.end')} error={errors.endsAt}><input type="time" value={form.end} onChange={set('end')} /></Field>
        <Field label={t('session.capacity')} error={errors.capacity}><input type="number" min={1} value={form.capacity} onChange={set('capacity')} /></Field>
      </div>
      <Field label={t('session.confirmation')} error={errors.confirmation}>
        <select value={form.confirmation} onChange={set('confirmation')}>
          {['AUTOMATIC', 'APPROVAL'].map((mode) => <option key={mode} value={mode}>{label('confirmation', mode)}</option>)}
        </select>
      </Field>
      <KeptSeatsFields form={form} set={set} errors={errors} onPriorityWaitlist={(priorityWaitlist) => setForm({ ...form, priorityWaitlist })} />
      <button type="submit" disabled={result.fetching}>{t('session.open')}</button>
    </form>
  );
}

/** The kept-seat fields of a session form; each refusal shows at its own field. */
function KeptSeatsFields({ form, set, errors, onPriorityWaitlist }: {
  form: { keptSeats: string; releaseKeptSeatsDaysBefore: string; priorityWaitlist: boolean };
  set(name: 'keptSeats' | 'releaseKeptSeatsDaysBefore'): (event: { target: { value: string } }) => void;
  errors: ReturnType<typeof byField>;
  onPriorityWaitlist(checked: boolean): void;
}) {
  const { t } = useT();
  return (
    <fieldset className="kept">
      <legend>{t('session.keptLegend')}</legend>
      <p className="hint">{t('session.keptHint')}</p>
      <div className="row">
        <Field label={t('session.kept')} error={errors.keptSeats}><input type="number" min={0} value={form.keptSeats} onChange={set('keptSeats')} /></Field>
        <Field label={t('session.keptDays')} error={errors.releaseKeptSeatsDaysBefore}><input type="number" min={0} max={365} value={form.releaseKeptSeatsDaysBefore} onChange={set('releaseKeptSeatsDaysBefore')} /></Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={form.priorityWaitlist} onChange={(event) => onPriorityWaitlist(event.target.checked)} />
        {t('session.priorityWaitlist')}
      </label>
    </fieldset>
  );
}

/** A programme's or talk's sessions, each movable and cancellable. */
export function SessionRows({ sessions, onChange }: { sessions: readonly SessionRow[]; onChange(): void }) {
  const { t } = useT();
  if (sessions.length === 0) return <p className="muted">{t('sessions.none')}</p>;
  return <ul className="session-rows">{sessions.map((session) => <SessionLine key={session.id} session={session} onChange={onChange} />)}</ul>;
}

function SessionLine({ session, onChange }: { session: SessionRow; onChange(): void }) {
  const { t, label, dateTime, date } = useT();
  const [moving, setMoving] = useState(false);
  const [form, setForm] = useState({
    day: dayOf(session.startsAt), start: timeOf(session.startsAt), end: timeOf(session.endsAt), capacity: String(session.capacity),
    keptSeats: String(session.keptSeatsInAll), releaseKeptSeatsDaysBefore: String(session.releaseKeptSeatsDaysBefore), priorityWaitlist: session.priorityWaitlist,
  });
  const [moved, move] = useMutation(MoveSession);
  const [cancelled, cancel] = useMutation(CancelSession);
  const errors = byField(moved.data?.updateSession.userErrors, ['startsAt', 'endsAt', 'capacity', 'keptSeats', 'releaseKeptSeatsDaysBefore']);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await move({
      input: {
        id: session.id, startsAt: at(form.day, form.start), endsAt: at(form.day, form.end), capacity: Number(form.capacity),
        keptSeats: Number(form.keptSeats), releaseKeptSeatsDaysBefore: Number(form.releaseKeptSeatsDaysBefore), priorityWaitlist: form.priorityWaitlist,
      },
    });
    if (answer.data?.updateSession.session) { setMoving(false); onChange(); }
  };
  const cancelIt = async () => {
    const reason = prompt(t('session.cancelReason'));
    if (!reason) return;
    const answer = await cancel({ id: session.id, reason });
    if (answer.data?.cancelSession.session) onChange();
  };
  const active = session.status === 'SCHEDULED';
  return (
    <li>
      <span>{dateTime(session.startsAt, session.timeZone)} · {t('session.seats', { left: session.seatsLeft, capacity: session.capacity })} · {label('confirmation', session.confirmation)}
        {session.keptSeats > 0 && session.keptSeatsUntil && <span className="kept-seats"> · {t('session.keptUntil', { n: session.keptSeats, date: date(session.keptSeatsUntil) })}</span>}
        {!active && ` · ${label('sessionStatus', session.status)}`}</span>
      {active && (
        <span className="actions">
          <button type="button" className="small" onClick={() => setMoving(!moving)} aria-expanded={moving}>{t('session.move')}</button>
          <button type="button" className="small danger" onClick={cancelIt}>{t('session.cancel')}</button>
        </span>
      )}
      <FormError error={cancelled.data?.cancelSession.userErrors[0]} />
      {moving && (
        <form className="editor" onSubmit={submit} noValidate aria-label={t('session.move')}>
          <FormError error={errors['']} />
          <div className="row">
            <Field label={t('session.day')} error={errors.startsAt}><input type="date" value={form.day} onChange={set('day')} /></Field>
            <Field label={t('session.start')}><input type="time" value={form.start} onChange={set('start')} /></Field>
            <Field label={t('session.end')} error={errors.endsAt}><input type="time" value={form.end} onChange={set('end')} /></Field>
            <Field label={t('session.capacity')} error={errors.capacity}><input type="number" min={1} value={form.capacity} onChange={set('capacity')} /></Field>
          </div>
          <KeptSeatsFields form={form} set={set} errors={errors} onPriorityWaitlist={(priorityWaitlist) => setForm({ ...form, priorityWaitlist })} />
          <button type="submit" disabled={moved.fetching}>{t('common.save')}</button>
        </form>
      )}
    </li>
  );
}
