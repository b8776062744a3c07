import type { DistrictDashboardQuery } from '../graphql/graphql';
import { useT } from '../i18n';
import { Link } from '../router';
import { Bars, type BarRow } from './Bars';

type Equity = DistrictDashboardQuery['districtCoverage']['equity'];
type Figures = Equity['total'];
const groups = ['rural', 'underResourced'] as const;
const shares = ['schools', 'students', 'visits', 'visitSeats', 'talkSeats'] as const;

/**
 * Whether visits and talk seats reach rural and under-resourced schools: for each group, its share of
 * the district's schools and students beside its share of the visits and seats, then the same per venue.
 */
export function EquitySection({ equity }: { equity: Equity }) {
  const { t } = useT();
  return (
    <section aria-labelledby="equity-heading" className="equity">
      <h2 id="equity-heading">{t('equity.title')}</h2>
      <p className="muted">{t('equity.hint')}</p>
      <div className="charts">{groups.map((group) => <GroupChart key={group} group={group} figures={equity[group]} />)}</div>
      <VenueTable equity={equity} />
    </section>
  );
}

function GroupChart({ group, figures }: { group: (typeof groups)[number]; figures: Figures }) {
  const { t, number } = useT();
  if (figures.schools === 0) return <p className="muted" data-equity={group}>{t('equity.noSchools', { group: t(`equity.${group}`) })}</p>;
  const rows: BarRow[] = shares.map((share) => ({ name: share, label: t(`equity.${share}`), part: figures[share], whole: 0, percent: figures[`${share}Percent`] }));
  return (
    <div data-equity={group}>
      <Bars caption={t(`equity.${group}`)} rows={rows} format={(row, percent) => `${number(percent, 1)}% (${number(row.part)})`} />
    </div>
  );
}

function VenueTable({ equity }: { equity: Equity }) {
  const { t, pick, number } = useT();
  const venues = equity.venues.edges.map((edge) => edge.node);
  if (venues.length === 0) return <p className="muted">{t('equity.noVenues')}</p>;
  const cell = (figures: Figures) => `${figures.visits} · ${number(figures.talkSeats)}`;
  return (
    <div className="table-scroll" role="region" aria-labelledby="equity-venues" tabIndex={0}>
      <table className="equity-venues">
        <caption id="equity-venues">{t('equity.venues', { n: equity.venues.totalCount })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notice.venue')}</th>
            <th scope="col">{t('equity.all')}</th>
            <th scope="col">{t('equity.rural')}</th>
            <th scope="col">{t('equity.underResourced')}</th>
            <th scope="col">{t('equity.ruralVisitShare')}</th>
          </tr>
        </thead>
        <tbody>
          {venues.map((row) => (
            <tr key={row.venue.id} data-equity-venue={row.venue.id}>
              <th scope="row"><Link to={`/venues/${row.venue.id}`}>{pick(row.venue.name, row.venue.nameEn)}</Link></th>
              <td>{cell(row.total)}</td>
              <td>{cell(row.rural)}</td>
              <td>{cell(row.underResourced)}</td>
              <td>{number(row.rural.visitsPercent, 1)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
