import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { Link } from '../router';

/** A page's title, focusable so that navigation can move focus to it. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 tabIndex={-1}>{children}</h1>;
}

export function Loading() {
  const { t } = useT();
  return <p role="status" className="muted">{t('common.loading')}</p>;
}

/** What went wrong with a request, in words; `null` when nothing did. */
export function RequestError({ error }: { error?: { message: string; graphQLErrors?: { message: string }[] } }) {
  const { t } = useT();
  if (!error) return null;
  const detail = error.graphQLErrors?.[0]?.message ?? '';
  return <p role="alert" className="error">{t('common.requestFailed')} {detail}</p>;
}

export function NotFound() {
  const { t } = useT();
  return (
    <section>
      <PageTitle>{t('common.notFound')}</PageTitle>
      <p><Link to="/">{t('nav.search')}</Link></p>
    </section>
  );
}

export function Tags({ group, values }: { group: string; values: readonly string[] }) {
  const { label } = useT();
  if (values.length === 0) return null;
  return (
    <ul className="tags">
      {values.map((value) => <li key={value}>{label(group, value)}</li>)}
    </ul>
  );
}

/** Next sessions with their free seats, each in its venue's time zone. */
export function SessionTimes({ sessions }: { sessions: readonly { id: string; startsAt: string; timeZone?: string; seatsLeft: number }[] }) {
  const { t, sessionTime } = useT();
  if (sessions.length === 0) return <p className="muted">{t('sessions.none')}</p>;
  return (
    <ul className="sessions">
      {sessions.map((session) => (
        <li key={session.id}>
          <time dateTime={session.startsAt}>{sessionTime(session.startsAt, session.timeZone)}</time>{' '}
          <span className={session.seatsLeft > 0 ? 'seats' : 'seats full'}>{t('sessions.seatsLeft', { n: session.seatsLeft })}</span>
        </li>
      ))}
    </ul>
  );
}

/** A route's address for a catalogue item. */
export function pathOf(typename: string, id: string): string {
  const folder = { Venue: 'venues', Programme: 'programmes', Talk: 'talks', Expert: 'experts' }[typename] ?? 'venues';
  return `/${folder}/${id}`;
}
