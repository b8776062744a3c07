import { useMutation, useQuery } from 'urql';
import { SignInNeeded, useRole } from '../components/SignInNeeded';
import { download } from '../components/download';
import { FormError } from '../components/forms';
import { Loading, PageTitle, RequestError } from '../components/ui';
import { graphql } from '../graphql';
import type { SchoolDeskQuery } from '../graphql/graphql';
import { useT } from '../i18n';
import { Link, useLocation } from '../router';

const SchoolDesk = graphql(`
  query SchoolDesk($id: ID!) {
    school(id: $id) {
      id name nameEn city district stage rural underResourced educationGroup studentCount
      bookings(first: 50) {
        totalCount
        edges { node {
          id status students teachers note createdAt waitlistPosition calendar
          session {
            id startsAt endsAt timeZone
            venue { id name nameEn }
            programme { id title titleEn }
            talk { id title titleEn }
          }
        } }
      }
      pairings(first: 20) {
        edges { node {
          id kind startsOn endsOn active
          venue { id name nameEn }
          expert { id name nameEn title titleEn }
        } }
      }
    }
  }
`);

const CancelBooking = graphql(`
  mutation CancelBooking($id: ID!) {
    cancelBooking(id: $id) {
      booking { id status waitlistPosition calendar }
      userErrors { field code message }
    }
  }
`);

type Booking = NonNullable<SchoolDeskQuery['school']>['bookings']['edges'][number]['node'];
const cancellable = ['REQUESTED', 'CONFIRMED', 'WAITLISTED'];

/** A school's page: its bookings (status, waitlist place, calendar file, cancel), its partner venues and its science vice-principal. */
export default function School() {
  const signedIn = useRole(['school']);
  if (!signedIn?.schoolId) return <SignInNeeded role="school" />;
  return <SchoolDeskFor id={signedIn.schoolId} />;
}

function SchoolDeskFor({ id }: { id: string }) {
  const { t, label, pick, date } = useT();
  const { query } = useLocation();
  const [{ data, fetching, error }] = useQuery({ query: SchoolDesk, variables: { id } });
  if (!data) return fetching ? <Loading /> : <RequestError error={error} />;
  const school = data.school!;
  const pairings = school.pairings.edges.map((edge) => edge.node);
  const venues = pairings.filter((pairing) => pairing.kind === 'PARTNER_VENUE');
  const vicePrincipals = pairings.filter((pairing) => pairing.kind === 'SCIENCE_VICE_PRINCIPAL');
  return (
    <section>
      <PageTitle>{pick(school.name, school.nameEn)}</PageTitle>
      <p className="muted">
        {label('city', school.city)} · {label('district', school.district)} · {label('stage', school.stage)} · {t('school.students', { n: school.studentCount })}
        {school.rural && <> · {t('school.rural')}</>}{school.underResourced && <> · {t('school.underResourced')}</>}
      </p>
      {query.get('booked') && <p role="status" className="notice">{t('booking.done')}</p>}
      <h2>{t('school.bookings', { n: school.bookings.totalCount })}</h2>
      {school.bookings.edges.length === 0 && <p className="muted">{t('school.noBookings')} <Link to="/">{t('nav.search')}</Link></p>}
      <ul className="cards">{school.bookings.edges.map(({ node }) => <BookingCard key={node.id} booking={node} />)}</ul>
      <h2>{t('school.pairings')}</h2>
      {venues.length === 0 && <p className="muted">{t('school.noPairings')}</p>}
      <ul>
        {venues.map((pairing) => (
          <li key={pairing.id}>
            {pairing.venue && <Link to={`/venues/${pairing.venue.id}`}>{pick(pairing.venue.name, pairing.venue.nameEn)}</Link>} · {t('school.since', { date: date(pairing.startsOn) })}
            {!pairing.active && <> · {t('school.ended')}</>}
          </li>
        ))}
      </ul>
      <h2>{t('school.vicePrincipal')}</h2>
      {vicePrincipals.length === 0 && <p className="muted">{t('school.noVicePrincipal')}</p>}
      <ul>
        {vicePrincipals.map((pairing) => (
          <li key={pairing.id}>
            {pairing.expert && <Link to={`/experts/${pairing.expert.id}`}>{pick(pairing.expert.name, pairing.expert.nameEn)}</Link>} {pairing.expert && pick(pairing.expert.title, pairing.expert.titleEn)} · {t('school.since', { date: date(pairing.startsOn) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function BookingCard({ booking }: { booking: Booking }) {
  const { t, label, pick, dateTime } = useT();
  const [result, cancel] = useMutation(CancelBooking);
  const { session } = booking;
  const offer = session.programme ?? session.talk;
  const offerPath = session.programme ? `/programmes/${session.programme.id}` : `/talks/${session.talk?.id}`;
  return (
    <li className="card booking-card" aria-label={offer ? pick(offer.title, offer.titleEn) : booking.id}>
      <p className={`status ${booking.status.toLowerCase()}`}>{label('status', booking.status)}{booking.waitlistPosition != null && ` · ${t('booking.waitlistPosition', { n: booking.waitlistPosition })}`}</p>
      <h3>{offer ? <Link to={offerPath}>{pick(offer.title, offer.titleEn)}</Link> : booking.id}</h3>
      <p className="muted">
        <time dateTime={session.startsAt}>{dateTime(session.startsAt, session.timeZone)}</time>
        {session.venue && <> · {pick(session.venue.name, session.venue.nameEn)}</>}
      </p>
      <p>{t('booking.party', { students: booking.students, teachers: booking.teachers })}{booking.note && ` · ${booking.note}`}</p>
      <FormError error={result.data?.cancelBooking.userErrors[0]} />
      <RequestError error={result.error} />
      <div className="actions">
        {booking.calendar && (
          <button type="button" onClick={() => download(`kepu-${booking.id}.ics`, booking.calendar!, 'text/calendar;charset=utf-8')}>{t('booking.calendar')}</button>
        )}
        {cancellable.includes(booking.status) && (
          <button type="button" className="danger" disabled={result.fetching} onClick={() => confirm(t('booking.cancelConfirm')) && cancel({ id: booking.id })}>
            {t('booking.cancel')}
          </button>
        )}
      </div>
    </li>
  );
}
