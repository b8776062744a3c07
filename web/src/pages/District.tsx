import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { SignInNeeded, useRole } from '../components/SignInNeeded';
import { Loading, PageTitle, RequestError } from '../components/ui';
import { graphql } from '../graphql';
import type { DistrictDeskQuery } from '../graphql/graphql';
import { useT } from '../i18n';
import { Link, navigate, useLocation } from '../router';

const DistrictDesk = graphql(`
  query DistrictDesk($district: String!) {
    schools(filter: { districts: [$district] }, first: 100) {
      totalCount
      edges { node {
        id name nameEn stage rural underResourced
        partners: pairings(filter: { kinds: [PARTNER_VENUE], activeOnly: true }, first: 1) { totalCount }
        vicePrincipals: pairings(filter: { kinds: [SCIENCE_VICE_PRINCIPAL], activeOnly: true }, first: 1) { totalCount }
        bookings(first: 1) { totalCount }
        visits: bookings(first: 1, filter: { statuses: [CONFIRMED, ATTENDED] }) { totalCount }
      } }
    }
    venues(filter: { districts: [$district] }, first: 100) {
      totalCount
      edges { node { id name nameEn complianceStatus complianceHistory { status reason notice recordedAt } } }
    }
  }
`);

type School = DistrictDeskQuery['schools']['edges'][number]['node'];
const statuses = ['WHITELISTED', 'UNDER_RECTIFICATION', 'SUSPENDED', 'BLACKLISTED'];

/** A district's dashboard: pairing and vice-principal coverage, bookings, the share reaching rural and weak schools, and venues' compliance. */
export default function District() {
  const signedIn = useRole(['district', 'admin']);
  const { query } = useLocation();
  if (!signedIn) return <SignInNeeded role="district" />;
  const district = signedIn.role === 'district' ? signedIn.district! : query.get('district') ?? '';
  return (
    <>
      {signedIn.role === 'admin' && <DistrictChooser current={district} />}
      {district && <Dashboard district={district} />}
    </>
  );
}

function DistrictChooser({ current }: { current: string }) {
  const { t } = useT();
  const [value, setValue] = useState(current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/district?district=${encodeURIComponent(value.trim())}`);
  };
  return (
    <form onSubmit={submit} className="inline-form">
      <label>{t('district.choose')}<input value={value} onChange={(event) => setValue(event.target.value)} placeholder="Haidian" /></label>
      <button type="submit">{t('district.show')}</button>
    </form>
  );
}

function Dashboard({ district }: { district: string }) {
  const { t, label, pick } = useT();
  const [{ data, fetching, error }] = useQuery({ query: DistrictDesk, variables: { district } });
  if (!data) return fetching ? <Loading /> : <RequestError error={error} />;
  const schools = data.schools.edges.map((edge) => edge.node);
  const venues = data.venues.edges.map((edge) => edge.node);
  const unpaired = schools.filter((school) => school.partners.totalCount === 0);
  const withoutVicePrincipal = schools.filter((school) => school.vicePrincipals.totalCount === 0);
  const bookings = sum(schools, (school) => school.bookings.totalCount);
  const reaching = sum(schools.filter((school) => school.rural || school.underResourced), (school) => school.bookings.totalCount);
  const noticed = venues.filter((venue) => venue.complianceStatus !== 'WHITELISTED');
  return (
    <section className="dashboard">
      <PageTitle>{t('district.title', { district: label('district', district) })}</PageTitle>
      <dl className="figures">
        <Figure name="schools" label={t('district.schools')} value={String(data.schools.totalCount)} />
        <Figure name="paired" label={t('district.paired')} value={share(schools.length - unpaired.length, schools.length)} />
        <Figure name="vicePrincipals" label={t('district.vicePrincipals')} value={share(schools.length - withoutVicePrincipal.length, schools.length)} />
        <Figure name="bookings" label={t('district.bookings')} value={String(bookings)} />
        <Figure name="visits" label={t('district.visits')} value={String(sum(schools, (school) => school.visits.totalCount))} />
        <Figure name="equity" label={t('district.equity')} value={share(reaching, bookings)} />
        <Figure name="venues" label={t('district.venues')} value={String(data.venues.totalCount)} />
      </dl>

      <h2>{t('district.coverage')}</h2>
      <Bars rows={[
        [t('district.paired'), schools.length - unpaired.length, schools.length],
        [t('district.vicePrincipals'), schools.length - withoutVicePrincipal.length, schools.length],
        [t('district.equity'), reaching, bookings],
      ]} />

      <h2>{t('district.bookingsBySchool')}</h2>
      <table>
        <thead><tr><th scope="col">{t('district.school')}</th><th scope="col">{t('district.bookings')}</th><th scope="col">{t('district.visits')}</th><th scope="col">{t('district.partner')}</th><th scope="col">{t('district.vicePrincipal')}</th></tr></thead>
        <tbody>{schools.map((school) => <SchoolRow key={school.id} school={school} />)}</tbody>
      </table>

      <div className="two">
        <div>
          <h2>{t('district.unpaired', { n: unpaired.length })}</h2>
          <ul>{unpaired.map((school) => <li key={school.id}>{pick(school.name, school.nameEn)}{school.rural && ` · ${t('school.rural')}`}</li>)}</ul>
        </div>
        <div>
          <h2>{t('district.noVicePrincipal', { n: withoutVicePrincipal.length })}</h2>
          <ul>{withoutVicePrincipal.map((school) => <li key={school.id}>{pick(school.name, school.nameEn)}</li>)}</ul>
        </div>
      </div>

      <h2>{t('district.compliance')}</h2>
      <Bars rows={statuses.map((status) => [label('compliance', status), venues.filter((venue) => venue.complianceStatus === status).length, venues.length] as const)} />
      <h3>{t('district.notices', { n: noticed.length })}</h3>
      <ul>
        {noticed.map((venue) => {
          const latest = venue.complianceHistory.at(-1);
          return (
            <li key={venue.id}>
              <Link to={`/venues/${venue.id}`}>{pick(venue.name, venue.nameEn)}</Link> · {label('compliance', venue.complianceStatus)}
              {latest && ` · ${latest.reason}${latest.notice ? ` (${latest.notice})` : ''}`}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SchoolRow({ school }: { school: School }) {
  const { t, pick } = useT();
  const yes = (count: number) => (count > 0 ? t('common.yes') : t('common.no'));
  return (
    <tr>
      <th scope="row">{pick(school.name, school.nameEn)}{school.underResourced && ` · ${t('school.underResourced')}`}</th>
      <td>{school.bookings.totalCount}</td>
      <td>{school.visits.totalCount}</td>
      <td>{yes(school.partners.totalCount)}</td>
      <td>{yes(school.vicePrincipals.totalCount)}</td>
    </tr>
  );
}

function Figure({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <div className="figure" data-figure={name}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** A bar per row, its length the row's share, with the numbers written out for anyone who cannot see the bar. */
function Bars({ rows }: { rows: readonly (readonly [string, number, number])[] }) {
  return (
    <ul className="bars">
      {rows.map(([name, part, whole]) => (
        <li key={name}>
          <span className="bar-label">{name}</span>
          <span className="bar" aria-hidden="true"><span style={{ width: `${whole ? (100 * part) / whole : 0}%` }} /></span>
          <span className="bar-value">{part} / {whole}</span>
        </li>
      ))}
    </ul>
  );
}

function sum<Item>(items: readonly Item[], count: (item: Item) => number): number {
  return items.reduce((total, item) => total + count(item), 0);
}

function share(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`;
}
