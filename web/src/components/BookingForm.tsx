import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSignIn } from '../auth';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import { Link, navigate } from '../router';
import { byField, Field, FormError } from './forms';
import { RequestError } from './ui';

const RequestBooking = graphql(`
  mutation RequestBooking($input: RequestBookingInput!) {
    requestBooking(input: $input) {
      booking { id status session { id seatsLeft keptSeats prioritySeatsLeft } }
      userErrors { field code message }
    }
  }
`);

const SchoolPriority = graphql(`
  query SchoolPriority($id: ID!) { school(id: $id) { id rural underResourced } }
`);

interface SessionChoice {
  id: string;
  startsAt: string;
  timeZone: string;
  capacity: number;
  seatsLeft: number;
  confirmation: string;
  waitlist: boolean;
  keptSeats: number;
  prioritySeatsLeft: number;
  keptSeatsUntil?: string | null;
}

const fields = ['sessionId', 'students', 'teachers', 'note'];

/** The sessions of a programme or talk, and for a signed-in school a form to book one; refusals appear at the field they concern. */
export function BookingForm({ sessions }: { sessions: readonly SessionChoice[] }) {
  const { t, label, dateTime, date } = useT();
  const signedIn = useSignIn();
  const schoolId = signedIn?.role === 'school' ? signedIn.schoolId : undefined;
  const [school] = useQuery({ query: SchoolPriority, variables: { id: schoolId ?? '' }, pause: !schoolId });
  const priority = !!(school.data?.school?.rural || school.data?.school?.underResourced);
  // Every caller reads the same numbers; a rural or under-resourced school is also told the kept seats it may take.
  const mine = (s: SessionChoice) => (priority ? s.prioritySeatsLeft : s.seatsLeft);
  const seats = (s: SessionChoice) => [
    priority ? t('sessions.forYourSchool', { n: s.prioritySeatsLeft }) : t('sessions.seatsLeft', { n: s.seatsLeft }),
    s.keptSeats > 0 && s.keptSeatsUntil ? t(priority ? 'sessions.keptForYou' : 'sessions.kept', { n: s.keptSeats, date: date(s.keptSeatsUntil) }) : '',
  ].filter(Boolean).join(' · ');
  const [form, setForm] = useState({ sessionId: sessions.find((s) => mine(s) > 0)?.id ?? sessions[0]?.id ?? '', students: '30', teachers: '2', note: '' });
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [result, book] = useMutation(RequestBooking);
  const errors = byField(result.data?.requestBooking.userErrors, fields);
  const booked = result.data?.requestBooking.booking;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await book({
      input: { sessionId: form.sessionId, schoolId: signedIn!.schoolId!, students: Number(form.students), teachers: Number(form.teachers), note: form.note, idempotencyKey: key },
    });
    if (answer.data?.requestBooking.booking) navigate(`/school?booked=${answer.data.requestBooking.booking.id}`);
    else setKey(crypto.randomUUID());
  };
  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('booking.sessions')}</h2>
      {sessions.length === 0 && <p className="muted">{t('sessions.none')}</p>}
      {signedIn?.role !== 'school' && sessions.length > 0 && (
        <>
          <ul className="sessions">{sessions.map((s) => <li key={s.id}>{dateTime(s.startsAt, s.timeZone)} · {seats(s)}</li>)}</ul>
          <p><Link to="/sign-in">{t('booking.signInToBook')}</Link></p>
        </>
      )}
      {signedIn?.role === 'school' && sessions.length > 0 && (
        <form onSubmit={submit} className="card booking" noValidate>
          <FormError error={errors['']} />
          <RequestError error={result.error} />
          <Field label={t('booking.session')} error={errors.sessionId}>
            <select value={form.sessionId} onChange={(event) => setForm({ ...form, sessionId: event.target.value })}>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {`${dateTime(s.startsAt, s.timeZone)} · ${seats(s)} · ${label('confirmation', s.confirmation)}`}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('booking.students')} error={errors.students}>
            <input type="number" inputMode="numeric" min={1} value={form.students} onChange={(event) => setForm({ ...form, students: event.target.value })} />
          </Field>
          <Field label={t('booking.teachers')} error={errors.teachers}>
            <input type="number" inputMode="numeric" min={0} value={form.teachers} onChange={(event) => setForm({ ...form, teachers: event.target.value })} />
          </Field>
          <Field label={t('booking.note')} error={errors.note} hint={t('booking.noteHint')}>
            <textarea rows={2} value={form.note} onChange={(event) => setForm({ ...form, note: event.target.value })} />
          </Field>
          <button type="submit" disabled={result.fetching}>{t('booking.submit')}</button>
          {booked && <p role="status">{t('booking.done')}</p>}
        </form>
      )}
    </section>
  );
}
