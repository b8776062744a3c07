import type { DistrictDashboardQuery } from '../graphql/graphql';
import { useT } from '../i18n';
import { Link } from '../router';
import { Bars } from './Bars';

type Dashboard = DistrictDashboardQuery;
/** A rectification notice as both the district's dashboard and the venue's desk show it. */
export interface Notice {
  id: string;
  reason: string;
  reference?: string | null;
  deadline: string;
  issuedAt: string;
  status: string;
  overdue: boolean;
  closedAt?: string | null;
  venue: { id: string; name: string; nameEn: string };
}
type Alliance = Dashboard['alliances']['edges'][number]['node'];
const statuses = ['WHITELISTED', 'UNDER_RECTIFICATION', 'SUSPENDED', 'BLACKLISTED'];

/** Rectification notices: the open ones first, overdue ones marked, then the closed and enforced, newest first. */
export function Notices({ notices }: { notices: readonly Notice[] }) {
  const { t, label, pick, date } = useT();
  const own = [...notices].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  const open = own.filter((notice) => notice.status === 'OPEN');
  const rows = [...open, ...own.filter((notice) => notice.status !== 'OPEN').reverse()];
  return (
    <>
      <h2>{t('notice.title', { open: open.length, overdue: open.filter((notice) => notice.overdue).length })}</h2>
      {rows.length === 0 ? <p className="muted">{t('notice.none')}</p> : (
        <table className="notices">
          <thead><tr>{['venue', 'reason', 'issuedAt', 'deadline', 'status'].map((column) => <th key={column} scope="col">{t(`notice.${column}` as 'notice.venue')}</th>)}</tr></thead>
          <tbody>
            {rows.map((notice) => (
              <tr key={notice.id} data-notice={notice.id} className={notice.overdue ? 'overdue' : undefined}>
                <th scope="row"><Link to={`/venues/${notice.venue.id}`}>{pick(notice.venue.name, notice.venue.nameEn)}</Link></th>
                <td>{notice.reason}{notice.reference && <span className="muted"> ({notice.reference})</span>}</td>
                <td>{date(notice.issuedAt)}</td>
                <td><time dateTime={notice.deadline}>{date(notice.deadline)}</time></td>
                <td className={`notice-status ${notice.overdue ? 'overdue' : notice.status.toLowerCase()}`}>
                  {notice.overdue ? t('notice.overdue') : label('notice', notice.status)}
                  {notice.closedAt && ` · ${date(notice.closedAt)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function Compliance({ venues }: { venues: Dashboard['venues'] }) {
  const { t, label } = useT();
  const nodes = venues.edges.map((edge) => edge.node);
  const rows = statuses.map((status) => ({ label: label('compliance', status), part: nodes.filter((venue) => venue.complianceStatus === status).length, whole: nodes.length }));
  return (
    <>
      <h2>{t('district.compliance')}</h2>
      <Bars caption={t('district.venues', { n: venues.totalCount })} rows={rows} format={(row) => `${row.part} / ${row.whole}`} />
    </>
  );
}

/** Alliances founded in the district or with a member venue in it. */
export function Alliances({ district, alliances }: { district: string; alliances: readonly Alliance[] }) {
  const { t, pick } = useT();
  const own = alliances.filter((alliance) => alliance.district === district || alliance.members.edges.some(({ node }) => node.district === district));
  return (
    <>
      <h2>{t('district.alliances', { n: own.length })}</h2>
      {own.length === 0 && <p className="muted">{t('district.noAlliances')}</p>}
      <ul className="cards">
        {own.map((alliance) => (
          <li key={alliance.id} className="card" data-alliance={alliance.id}>
            <h3>{pick(alliance.name, alliance.nameEn)}</h3>
            <p className="muted">{alliance.foundedOn && t('district.founded', { date: alliance.foundedOn })} · {t('district.members', { n: alliance.members.totalCount })}</p>
            <ul className="tags">
              {alliance.members.edges.map(({ node }) => <li key={node.id}><Link to={`/venues/${node.id}`}>{pick(node.name, node.nameEn)}</Link></li>)}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
