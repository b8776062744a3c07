import { useQuery } from 'urql';
import { Loading, NotFound, PageTitle, RequestError, SessionTimes, Tags } from '../components/ui';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import { Link } from '../router';

const ExpertPage = graphql(`
  query ExpertPage($id: ID!) {
    expert(id: $id) {
      id name nameEn title titleEn academicianOf fields bio bioEn
      affiliation { id name nameEn district }
      talks(first: 20) { totalCount edges { node {
        id title titleEn subjects gradeBands delivery durationMinutes
        sessions(first: 3, filter: { openOnly: true }) { edges { node { id startsAt timeZone seatsLeft } } }
      } } }
      schools(first: 20) { totalCount edges { node { id name nameEn } } }
    }
  }
`);

/** An expert: who they are and where they work, their fields, their talks with the next sessions that have seats, and the schools they are science vice-principal of. */
export default function Expert({ id }: { id: string }) {
  const { t, label, pick } = useT();
  const [{ data, fetching, error }] = useQuery({ query: ExpertPage, variables: { id } });
  if (!data) return fetching ? <Loading /> : error ? <RequestError error={error} /> : <NotFound />;
  const expert = data.expert;
  if (!expert) return <NotFound />;
  return (
    <article className="detail">
      <p className="badge">{expert.academicianOf ? label('academy', expert.academicianOf) : label('type', 'EXPERT')}</p>
      <PageTitle>{pick(expert.name, expert.nameEn)}</PageTitle>
      <dl className="facts">
        <dt>{t('expert.title')}</dt><dd>{pick(expert.title, expert.titleEn)}</dd>
        {expert.affiliation && <><dt>{t('expert.institution')}</dt><dd><Link to={`/venues/${expert.affiliation.id}`}>{pick(expert.affiliation.name, expert.affiliation.nameEn)}</Link> · {label('district', expert.affiliation.district)}</dd></>}
        <dt>{t('expert.fields')}</dt><dd><Tags group="subject" values={expert.fields} /></dd>
      </dl>
      <p>{pick(expert.bio, expert.bioEn)}</p>
      <h2>{t('expert.talks', { n: expert.talks.totalCount })}</h2>
      {expert.talks.edges.length === 0 && <p className="muted">{t('expert.noTalks')}</p>}
      <ul className="cards">
        {expert.talks.edges.map(({ node }) => (
          <li key={node.id} className="card" aria-label={pick(node.title, node.titleEn)}>
            <h3><Link to={`/talks/${node.id}`}>{pick(node.title, node.titleEn)}</Link></h3>
            <p className="muted">{label('delivery', node.delivery)} · {t('common.minutes', { n: node.durationMinutes })}</p>
            <Tags group="grade" values={node.gradeBands} />
            <SessionTimes sessions={node.sessions.edges.map((edge) => edge.node)} />
          </li>
        ))}
      </ul>
      <h2>{t('expert.schools', { n: expert.schools.totalCount })}</h2>
      {expert.schools.totalCount === 0 && <p className="muted">{t('expert.noSchools')}</p>}
      <ul>{expert.schools.edges.map(({ node }) => <li key={node.id}>{pick(node.name, node.nameEn)}</li>)}</ul>
    </article>
  );
}
