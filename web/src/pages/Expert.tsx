import { useQuery } from 'urql';
import { Loading, NotFound, PageTitle, RequestError, Tags } from '../components/ui';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import { Link } from '../router';

const ExpertPage = graphql(`
  query ExpertPage($id: ID!) {
    expert(id: $id) {
      id name nameEn title titleEn academicianOf fields bio bioEn
      affiliation { id name nameEn district }
      talks(first: 20) { edges { node { id title titleEn gradeBands delivery } } }
      schools(first: 20) { totalCount edges { node { id name nameEn } } }
    }
  }
`);

/** An expert: who they are, their talks, and the schools they are science vice-principal of. */
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
      <p className="muted">
        {pick(expert.title, expert.titleEn)}
        {expert.affiliation && <> · <Link to={`/venues/${expert.affiliation.id}`}>{pick(expert.affiliation.name, expert.affiliation.nameEn)}</Link></>}
      </p>
      <Tags group="subject" values={expert.fields} />
      <p>{pick(expert.bio, expert.bioEn)}</p>
      <h2>{t('expert.talks')}</h2>
      <ul>{expert.talks.edges.map(({ node }) => <li key={node.id}><Link to={`/talks/${node.id}`}>{pick(node.title, node.titleEn)}</Link> · {label('delivery', node.delivery)}</li>)}</ul>
      <h2>{t('expert.schools', { n: expert.schools.totalCount })}</h2>
      <ul>{expert.schools.edges.map(({ node }) => <li key={node.id}>{pick(node.name, node.nameEn)}</li>)}</ul>
    </article>
  );
}
