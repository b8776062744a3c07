import { useQuery } from 'urql';
import { BookingForm } from '../components/BookingForm';
import { Loading, NotFound, PageTitle, RequestError, Tags } from '../components/ui';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import { Link } from '../router';

const ProgrammePage = graphql(`
  query ProgrammePage($id: ID!) {
    programme(id: $id) {
      id title titleEn kind summary summaryEn subjects gradeBands durationMinutes groupSize { min max }
      free price { amount } delivery
      venue { id name nameEn district accessibility complianceStatus }
      route { position minutes activity venue { id name nameEn } }
      curriculumLinks { code description }
      sessions(first: 20) { edges { node { id startsAt endsAt timeZone capacity seatsLeft prioritySeatsLeft confirmation waitlist keptSeats keptSeatsUntil } } }
    }
  }
`);

/** A programme: what it is, who it suits, its route and curriculum links, its sessions, and booking for a school. */
export default function Programme({ id }: { id: string }) {
  const { t, label, pick } = useT();
  const [{ data, fetching, error }] = useQuery({ query: ProgrammePage, variables: { id } });
  if (!data) return fetching ? <Loading /> : error ? <RequestError error={error} /> : <NotFound />;
  const programme = data.programme;
  if (!programme) return <NotFound />;
  return (
    <article className="detail">
      <p className="badge">{label('programmeKind', programme.kind)}</p>
      <PageTitle>{pick(programme.title, programme.titleEn)}</PageTitle>
      {programme.venue && (
        <p className="muted">
          <Link to={`/venues/${programme.venue.id}`}>{pick(programme.venue.name, programme.venue.nameEn)}</Link> · {label('district', programme.venue.district)} · {label('compliance', programme.venue.complianceStatus)}
        </p>
      )}
      <p>{pick(programme.summary, programme.summaryEn)}</p>
      <dl className="facts">
        <dt>{t('offer.gradeBands')}</dt><dd><Tags group="grade" values={programme.gradeBands} /></dd>
        <dt>{t('offer.subjects')}</dt><dd><Tags group="subject" values={programme.subjects} /></dd>
        <dt>{t('offer.duration')}</dt><dd>{t('common.minutes', { n: programme.durationMinutes })}</dd>
        <dt>{t('offer.groupSize')}</dt><dd>{t('common.range', { min: programme.groupSize.min, max: programme.groupSize.max })}</dd>
        <dt>{t('offer.price')}</dt><dd>{programme.free ? t('common.free') : t('common.price', { amount: programme.price.amount })}</dd>
        <dt>{t('offer.delivery')}</dt><dd>{label('delivery', programme.delivery)}</dd>
        {programme.venue && <><dt>{t('venue.accessibility')}</dt><dd>{programme.venue.accessibility.join('、') || '—'}</dd></>}
      </dl>
      {programme.route.length > 0 && (
        <>
          <h2>{t('offer.route')}</h2>
          <ol>{programme.route.map((stop) => <li key={stop.position}>{stop.venue ? <Link to={`/venues/${stop.venue.id}`}>{pick(stop.venue.name, stop.venue.nameEn)}</Link> : '—'} · {t('common.minutes', { n: stop.minutes })} {stop.activity}</li>)}</ol>
        </>
      )}
      {programme.curriculumLinks.length > 0 && (
        <>
          <h2>{t('offer.curriculum')}</h2>
          <ul>{programme.curriculumLinks.map((link) => <li key={link.code}><strong>{link.code}</strong> {link.description}</li>)}</ul>
        </>
      )}
      <BookingForm sessions={programme.sessions.edges.map((edge) => edge.node)} />
    </article>
  );
}
