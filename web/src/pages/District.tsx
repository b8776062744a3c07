import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useSignIn } from '../auth';
import { Bars, type BarRow } from '../components/Bars';
import { download } from '../components/download';
import { Alliances, Compliance, Notices } from '../components/Oversight';
import { SignInNeeded, useRole } from '../components/SignInNeeded';
import { Loading, PageTitle, RequestError } from '../components/ui';
import { graphql } from '../graphql';
import type { CoverageMeasure, DistrictDashboardQuery } from '../graphql/graphql';
import { useT } from '../i18n';
import { navigate, useLocation } from '../router';

// Spread below in the dashboard's query; the client preset needs each fragment in its own document.
graphql(`
  fragment MissingSchools on SchoolCoverageConnection {
    totalCount
    edges { node { school { id name nameEn stage rural underResourced } } }
  }
`);

const DistrictDashboard = graphql(`
  query DistrictDashboard($district: String!, $asOf: String) {
    districtCoverage(district: $district, asOf: $asOf) {
      district asOf schoolCount studentCount
      term { startsOn endsOn }
      measures {
        measure schools covered percent missing
        byStage { stage schools covered percent }
        rural { schools covered percent }
        urban { schools covered percent }
        underResourced { schools covered percent }
      }
      targets { measure percent dueOn gap schoolsShort met }
      PARTNER_VENUE: schools(missing: PARTNER_VENUE, first: 100) { ...MissingSchools }
      SCIENCE_VICE_PRINCIPAL: schools(missing: SCIENCE_VICE_PRINCIPAL, first: 100) { ...MissingSchools }
      VISIT: schools(missing: VISIT, first: 100) { ...MissingSchools }
      TALK: schools(missing: TALK, first: 100) { ...MissingSchools }
    }
    rectificationNotices(first: 100) {
      edges { node { id reason reference deadline issuedAt status overdue closedAt venue { id name nameEn district } } }
    }
    venues(filter: { districts: [$district] }, first: 100) {
      totalCount
      edges { node { id name nameEn complianceStatus } }
    }
    alliances(first: 30) {
      edges { node { id name nameEn district foundedOn members(first: 30) { totalCount edges { node { id name nameEn district } } } } }
    }
  }
`);

export type Dashboard = DistrictDashboardQuery;
type Coverage = Dashboard['districtCoverage'];
type Measure = Coverage['measures'][number];
const measures: CoverageMeasure[] = ['PARTNER_VENUE', 'SCIENCE_VICE_PRINCIPAL', 'VISIT', 'TALK'];

/** A district's dashboard: coverage on a date with its targets and the schools missing each measure, notices, compliance, alliances and the CSV export. */
export default function District() {
  const signedIn = useRole(['district', 'admin']);
  const { query } = useLocation();
  if (!signedIn) return <SignInNeeded role="district" />;
  const district = signedIn.role === 'district' ? signedIn.district! : query.get('district') ?? '';
  return (
    <>
      {signedIn.role === 'admin' && <DistrictChooser current={district} />}
      {district && <Dashboard district={district} asOf={query.get('asOf')} />}
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

function Dashboard({ district, asOf }: { district: string; asOf: string | null }) {
  const { t, label, number } = useT();
  const [{ data, fetching, error }] = useQuery({ query: DistrictDashboard, variables: { district, asOf } });
  if (!data) return fetching ? <Loading /> : <RequestError error={error} />;
  const coverage = data.districtCoverage;
  const percent = (value: number) => `${number(value, 1)}%`;
  return (
    <section className="dashboard">
      <PageTitle>{t('district.title', { district: label('district', district) })}</PageTitle>
      <DateAndExport district={district} coverage={coverage} />
      <dl className="figures">
        <Figure name="schools" label={t('district.schools')} value={String(coverage.schoolCount)} />
        <Figure name="students" label={t('district.students')} value={number(coverage.studentCount)} />
        {coverage.measures.map((measure) => (
          <Figure key={measure.measure} name={measure.measure} label={label('measure', measure.measure)} value={percent(measure.percent)} />
        ))}
      </dl>
      <Targets coverage={coverage} />
      <h2>{t('district.coverage')}</h2>
      <div className="charts">{coverage.measures.map((measure) => <MeasureChart key={measure.measure} measure={measure} target={coverage.targets.find((target) => target.measure === measure.measure)?.percent} />)}</div>
      <h2>{t('district.missing')}</h2>
      <div className="two">{measures.map((measure) => <MissingList key={measure} measure={measure} schools={coverage[measure]} />)}</div>
      <Notices notices={data.rectificationNotices.edges.map((edge) => edge.node).filter((notice) => notice.venue.district === district)} />
      <Compliance venues={data.venues} />
      <Alliances district={district} alliances={data.alliances.edges.map((edge) => edge.node)} />
    </section>
  );
}

/** The date the figures describe (any past day) and the CSV of every school's standing on it. */
function DateAndExport({ district, coverage }: { district: string; coverage: Coverage }) {
  const { t, date } = useT();
  const signedIn = useSignIn();
  const [failed, setFailed] = useState(false);
  const { query } = useLocation();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const change = (value: string) => {
    const next = new URLSearchParams(query);
    if (value && value !== today) next.set('asOf', value);
    else next.delete('asOf');
    navigate(`/district${next.size ? `?${next}` : ''}`, { replace: true });
  };
  const csv = `/export/coverage.csv?${new URLSearchParams({ district, asOf: coverage.asOf })}`;
  // A plain link would not carry the bearer token, so the file is fetched with it and saved from memory.
  const exportCsv = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    setFailed(false);
    const response = await fetch(csv, { headers: signedIn ? { authorization: `Bearer ${signedIn.token}` } : {} }).catch(() => null);
    if (!response?.ok) return setFailed(true);
    download(`coverage-${district}-${coverage.asOf}.csv`, await response.blob());
  };
  return (
    <div className="actions as-of">
      <label className="inline">
        {t('district.asOf')}
        <input type="date" value={coverage.asOf} max={today} onChange={(event) => change(event.target.value)} />
      </label>
      <span className="muted">{t('district.term', { from: date(`${coverage.term.startsOn}T12:00:00+08:00`), to: date(`${coverage.term.endsOn}T12:00:00+08:00`) })}</span>
      <a href={csv} onClick={exportCsv} download>{t('district.export')}</a>
      {failed && <span role="alert" className="error">{t('district.exportFailed')}</span>}
    </div>
  );
}

function Targets({ coverage }: { coverage: Coverage }) {
  const { t, label, number } = useT();
  if (coverage.targets.length === 0) return <p className="muted">{t('district.noTargets')}</p>;
  return (
    <>
      <h2>{t('district.targets')}</h2>
      <table className="targets">
        <thead><tr>{['measure', 'target', 'now', 'gap', 'short', 'dueOn'].map((column) => <th key={column} scope="col">{t(`district.targets.${column}` as 'district.targets.measure')}</th>)}</tr></thead>
        <tbody>
          {coverage.targets.map((target) => (
            <tr key={target.measure} data-target={target.measure} className={target.met ? 'met' : 'gap'}>
              <th scope="row">{label('measure', target.measure)}</th>
              <td>{number(target.percent, 1)}%</td>
              <td>{number(coverage.measures.find((measure) => measure.measure === target.measure)?.percent ?? 0, 1)}%</td>
              <td>{target.met ? t('district.targetMet') : t('district.points', { n: number(target.gap, 1) })}</td>
              <td>{target.schoolsShort}</td>
              <td>{target.dueOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function MeasureChart({ measure, target }: { measure: Measure; target?: number }) {
  const { t, label, number } = useT();
  const rows: BarRow[] = [
    { label: t('district.all'), part: measure.covered, whole: measure.schools, percent: measure.percent },
    ...measure.byStage.map((stage) => ({ label: label('stage', stage.stage), part: stage.covered, whole: stage.schools, percent: stage.percent })),
    { label: t('district.rural'), part: measure.rural.covered, whole: measure.rural.schools, percent: measure.rural.percent },
    { label: t('district.urban'), part: measure.urban.covered, whole: measure.urban.schools, percent: measure.urban.percent },
    { label: t('district.underResourced'), part: measure.underResourced.covered, whole: measure.underResourced.schools, percent: measure.underResourced.percent },
  ].filter((row) => row.whole > 0);
  const caption = target === undefined ? label('measure', measure.measure) : `${label('measure', measure.measure)} · ${t('district.targetLine', { n: number(target, 1) })}`;
  return <Bars caption={caption} rows={rows} target={target} format={(row, percent) => `${number(percent, 1)}% (${row.part}/${row.whole})`} />;
}

function MissingList({ measure, schools }: { measure: CoverageMeasure; schools: Coverage['TALK'] }) {
  const { t, label, pick } = useT();
  const listed = schools.edges.map((edge) => edge.node.school);
  return (
    <details className="missing" data-missing={measure}>
      <summary>{t('district.missingOne', { measure: label('measure', measure), n: schools.totalCount })}</summary>
      <ul>
        {listed.map((school) => (
          <li key={school.id}>
            {pick(school.name, school.nameEn)} <span className="muted">{label('stage', school.stage)}{school.rural && ` · ${t('school.rural')}`}{school.underResourced && ` · ${t('school.underResourced')}`}</span>
          </li>
        ))}
      </ul>
      {schools.totalCount > listed.length && <p className="muted">{t('district.moreInCsv', { n: schools.totalCount - listed.length })}</p>}
    </details>
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
