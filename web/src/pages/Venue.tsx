import { useQuery } from 'urql';
import { Loading, NotFound, PageTitle, RequestError, SessionTimes, Tags } from '../components/ui';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import { Link } from '../router';

const VenuePage = graphql(`
  query VenuePage($id: ID!) {
    venue(id: $id) {
      id name nameEn kind description descriptionEn city district address openingHours website
      groupSize { min max } accessibility complianceStatus
      complianceHistory { status reason notice recordedAt }
      alliances { id name nameEn }
      programmes(first: 30) {
        totalCount
        edges { node {
          id title titleEn kind gradeBands free price { amount } durationMinutes
          sessions(first: 3, filter: { openOnly: true }) { edges { node { id startsAt timeZone seatsLeft } } }
        } }
      }
      experts(first: 20) { edges { node { id name nameEn title titleEn academicianOf } } }
      pairedSchools(first: 20) { totalCount edges { node { id name nameEn district } } }
    }
  }
`);

/** What a coordinator needs to decide on a venue: what it is, where, who it suits, its programmes and open sessions, pairings and compliance. */
export default function Venue({ id }: { id: string }) {
  const { t, label, pick, date } = useT();
  const [{ data, fetching, error }] = useQuery({ query: VenuePage, variables: { id } });
  if (!data) return fetching ? <Loading /> : error ? <RequestError error={error} /> : <NotFound />;
  const venue = data.venue;
  if (!venue) return <NotFound />;
  return (
    <article className="detail">
      <p className="badge">{label('kind', venue.kind)}</p>
      <PageTitle>{pick(venue.name, venue.nameEn)}</PageTitle>
      <p className="muted">{label('city', venue.city)} · {label('district', venue.district)} · {venue.address}</p>
      <p className={`compliance ${venue.complianceStatus.toLowerCase()}`}>{t('venue.compliance')}: {label('compliance', venue.complianceStatus)}</p>
      <p>{pick(venue.description, venue.descriptionEn)}</p>
      <dl className="facts">
        <dt>{t('venue.openingHours')}</dt><dd>{venue.openingHours || '—'}</dd>
        <dt>{t('venue.groupSize')}</dt><dd>{t('common.range', { min: venue.groupSize.min, max: venue.groupSize.max })}</dd>
        <dt>{t('venue.accessibility')}</dt><dd>{venue.accessibility.join('、') || '—'}</dd>
        {venue.alliances.length > 0 && <><dt>{t('venue.alliances')}</dt><dd>{venue.alliances.map((a) => pick(a.name, a.nameEn)).join('、')}</dd></>}
        {venue.website && <><dt>{t('venue.website')}</dt><dd><a href={venue.website} rel="noreferrer noopener">{venue.website}</a></dd></>}
      </dl>
      <h2>{t('venue.programmes', { n: venue.programmes.totalCount })}</h2>
      <ul className="cards">
        {venue.programmes.edges.map(({ node }) => (
          <li key={node.id} className="card">
            <h3><Link to={`/programmes/${node.id}`}>{pick(node.title, node.titleEn)}</Link></h3>
            <p className="muted">{label('programmeKind', node.kind)} · {t('common.minutes', { n: node.durationMinutes })} · {node.free ? t('common.free') : t('common.price', { amount: node.price.amount })}</p>
            <Tags group="grade" values={node.gradeBands} />
            <SessionTimes sessions={node.sessions.edges.map((edge) => edge.node)} />
          </li>
        ))}
      </ul>
      {venue.experts.edges.length > 0 && (
        <>
          <h2>{t('venue.experts')}</h2>
          <ul>{venue.experts.edges.map(({ node }) => <li key={node.id}><Link to={`/experts/${node.id}`}>{pick(node.name, node.nameEn)}</Link> {pick(node.title, node.titleEn)}</li>)}</ul>
        </>
      )}
      <h2>{t('venue.pairedSchools', { n: venue.pairedSchools.totalCount })}</h2>
      <ul>{venue.pairedSchools.edges.map(({ node }) => <li key={node.id}>{pick(node.name, node.nameEn)} · {label('district', node.district)}</li>)}</ul>
      <h2>{t('venue.complianceHistory')}</h2>
      <ComplianceHistory records={venue.complianceHistory} date={date} />
    </article>
  );
}

export function ComplianceHistory({ records, date }: { records: readonly { status: string; reason: string; notice?: string | null; recordedAt: string }[]; date(iso: string): string }) {
  const { t, label } = useT();
  if (records.length === 0) return <p className="muted">{t('venue.noCompliance')}</p>;
  return (
    <table>
      <thead><tr><th scope="col">{t('venue.recordedAt')}</th><th scope="col">{t('venue.compliance')}</th><th scope="col">{t('venue.reason')}</th><th scope="col">{t('venue.notice')}</th></tr></thead>
      <tbody>
        {records.map((record) => (
          <tr key={record.recordedAt + record.status}><td>{date(record.recordedAt)}</td><td>{label('compliance', record.status)}</td><td>{record.reason}</td><td>{record.notice ?? '—'}</td></tr>
        ))}
      </tbody>
    </table>
  );
}
