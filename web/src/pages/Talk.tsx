import { useQuery } from 'urql';
import { BookingForm } from '../components/BookingForm';
import { Loading, NotFound, PageTitle, RequestError, Tags } from '../components/ui';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import { Link } from '../router';

const TalkPage = graphql(`
  query TalkPage($id: ID!) {
    talk(id: $id) {
      id title titleEn summary summaryEn subjects gradeBands durationMinutes maxAudience delivery
      expert { id name nameEn title titleEn academicianOf affiliation { id name nameEn district } }
      sessions(first: 20) { edges { node { id startsAt endsAt timeZone capacity seatsLeft prioritySeatsLeft confirmation waitlist keptSeats keptSeatsUntil } } }
    }
  }
`);

/** A talk: its speaker, who it suits, its sessions, and booking for a school. */
export default function Talk({ id }: { id: string }) {
  const { t, label, pick } = useT();
  const [{ data, fetching, error }] = useQuery({ query: TalkPage, variables: { id } });
  if (!data) return fetching ? <Loading /> : error ? <RequestError error={error} /> : <NotFound />;
  const talk = data.talk;
  if (!talk) return <NotFound />;
  const { expert } = talk;
  return (
    <article className="detail">
      <p className="badge">{label('type', 'TALK')}</p>
      <PageTitle>{pick(talk.title, talk.titleEn)}</PageTitle>
      <p className="muted">
        <Link to={`/experts/${expert.id}`}>{pick(expert.name, expert.nameEn)}</Link> {pick(expert.title, expert.titleEn)}
        {expert.academicianOf && <> · {label('academy', expert.academicianOf)}</>}
        {expert.affiliation && <> · <Link to={`/venues/${expert.affiliation.id}`}>{pick(expert.affiliation.name, expert.affiliation.nameEn)}</Link></>}
      </p>
      <p>{pick(talk.summary, talk.summaryEn)}</p>
      <dl className="facts">
        <dt>{t('offer.gradeBands')}</dt><dd><Tags group="grade" values={talk.gradeBands} /></dd>
        <dt>{t('offer.subjects')}</dt><dd><Tags group="subject" values={talk.subjects} /></dd>
        <dt>{t('offer.duration')}</dt><dd>{t('common.minutes', { n: talk.durationMinutes })}</dd>
        <dt>{t('offer.maxAudience')}</dt><dd>{talk.maxAudience}</dd>
        <dt>{t('offer.delivery')}</dt><dd>{label('delivery', talk.delivery)}</dd>
      </dl>
      <BookingForm sessions={talk.sessions.edges.map((edge) => edge.node)} />
    </article>
  );
}
