import { Fragment, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { useSignIn } from '../auth';
import { Loading, PageTitle, pathOf, RequestError, SessionTimes, Tags } from '../components/ui';
import { SearchBox } from '../components/SearchBox';
import { graphql } from '../graphql';
import type { SearchPageQuery } from '../graphql/graphql';
import { useT } from '../i18n';
import { Link, navigate, useLocation } from '../router';
import { facetParams, searchParamsOf, searchVariables, type SearchParams } from '../search-params';

const SearchPage = graphql(`
  query SearchPage($query: String, $filter: CatalogueFilter, $near: GeoPointInput, $after: String, $from: DateTime, $to: DateTime) {
    search(query: $query, filter: $filter, near: $near, first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      facets { field values { value count } }
      hits {
        distanceKm
        item {
          __typename
          ... on Venue { id name nameEn kind city district complianceStatus }
          ... on Programme {
            id title titleEn programmeKind: kind gradeBands subjects free price { amount }
            venue { id name nameEn district }
            sessions(first: 3, filter: { openOnly: true, from: $from, to: $to }) { edges { node { id startsAt timeZone seatsLeft } } }
          }
          ... on Talk {
            id title titleEn gradeBands subjects
            expert { id name nameEn affiliation { id name nameEn district } }
            sessions(first: 3, filter: { openOnly: true, from: $from, to: $to }) { edges { node { id startsAt timeZone seatsLeft } } }
          }
          ... on Expert { id name nameEn title titleEn fields academicianOf affiliation { id name nameEn district } }
        }
      }
    }
  }
`);

type Hit = SearchPageQuery['search']['hits'][number];

/** The home page: one search box, facets, results of every kind, and paging; the URL holds the whole search. */
export default function Search() {
  const { t } = useT();
  const { query } = useLocation();
  const signedIn = useSignIn();
  const params = searchParamsOf(query);
  const [{ data, fetching, error }] = useQuery({ query: SearchPage, variables: searchVariables(params, signedIn?.place) });
  const go = (changes: Partial<SearchParams>) => navigate(`/?${facetParams({ ...params, after: undefined, ...changes })}`);
  const search = data?.search;
  return (
    <section className="search">
      <PageTitle>{t('search.title')}</PageTitle>
      <SearchBox initial={params.q ?? ''} onSearch={(q) => go({ q: q || undefined })} />
      <div className="search-layout">
        <Filters params={params} facets={search?.facets ?? []} canNear={Boolean(signedIn?.place)} onChange={go} />
        <div className="results" aria-live="polite" aria-busy={fetching}>
          <RequestError error={error} />
          {!search && fetching && <Loading />}
          {search && <p className="count">{t('search.count', { n: search.totalCount })}</p>}
          {search && search.hits.length === 0 && <p>{t('search.nothing')}</p>}
          <ol className="hits">{search?.hits.map((hit) => <HitCard key={hit.item.id} hit={hit} />)}</ol>
          {search && (
            <nav className="pager" aria-label={t('search.pages')}>
              {params.after && <Link to={`/?${facetParams({ ...params, after: undefined })}`}>{t('search.firstPage')}</Link>}
              {search.pageInfo.hasNextPage && <Link to={`/?${facetParams({ ...params, after: search.pageInfo.endCursor ?? undefined })}`}>{t('search.nextPage')}</Link>}
            </nav>
          )}
        </div>
      </div>
    </section>
  );
}

const facetFields = [
  { field: 'kind', param: 'kind', group: 'kind' },
  { field: 'subject', param: 'subject', group: 'subject' },
  { field: 'gradeBand', param: 'grade', group: 'grade' },
  { field: 'city', param: 'city', group: 'city' },
  { field: 'district', param: 'district', group: 'district' },
] as const;

const itemTypes = ['VENUE', 'PROGRAMME', 'TALK', 'EXPERT'];

interface FiltersProps {
  params: SearchParams;
  facets: readonly { field: string; values: readonly { value: string; count: number }[] }[];
  canNear: boolean;
  onChange(changes: Partial<SearchParams>): void;
}

function Filters({ params, facets, canNear, onChange }: FiltersProps) {
  const { t, label } = useT();
  const [dates, setDates] = useState({ from: params.from ?? '', to: params.to ?? '' });
  const [showDates, setShowDates] = useState(Boolean(params.from || params.to));
  const applyDates = (event: FormEvent) => {
    event.preventDefault();
    onChange({ from: dates.from || undefined, to: dates.to || undefined });
  };
  return (
    <aside className="filters" aria-label={t('search.filters')}>
      <label htmlFor="filter-type">{t('search.type')}</label>
      <select id="filter-type" value={params.type ?? ''} onChange={(event) => onChange({ type: event.target.value || undefined })}>
        <option value="">{t('search.any')}</option>
        {itemTypes.map((type) => <option key={type} value={type}>{label('type', type)}</option>)}
      </select>
      {facetFields.map(({ field, param, group }) => {
        const values = facets.find((facet) => facet.field === field)?.values ?? [];
        const selected = params[param];
        return (
          <Fragment key={field}>
            <label htmlFor={`filter-${field}`}>{t(`search.facet.${field}`)}</label>
            <select id={`filter-${field}`} value={selected ?? ''} onChange={(event) => onChange({ [param]: event.target.value || undefined })}>
              <option value="">{t('search.any')}</option>
              {selected && !values.some((value) => value.value === selected) && <option value={selected}>{label(group, selected)}</option>}
              {values.map((value) => <option key={value.value} value={value.value}>{`${label(group, value.value)} (${value.count})`}</option>)}
            </select>
          </Fragment>
        );
      })}
      {/* Date inputs are costly to create (the browser builds their localised fields), so they appear when asked for. */}
      <button type="button" className="secondary disclosure" aria-expanded={showDates} onClick={() => setShowDates(!showDates)}>{t('search.openDates')}</button>
      {showDates && (
        <form onSubmit={applyDates} className="dates">
          <fieldset>
            <legend>{t('search.openDates')}</legend>
            <label>{t('search.from')}<input type="date" value={dates.from} onChange={(event) => setDates({ ...dates, from: event.target.value })} /></label>
            <label>{t('search.to')}<input type="date" value={dates.to} onChange={(event) => setDates({ ...dates, to: event.target.value })} /></label>
            <button type="submit">{t('search.applyDates')}</button>
          </fieldset>
        </form>
      )}
      {canNear && (
        <label className="check">
          <input type="checkbox" checked={Boolean(params.near)} onChange={(event) => onChange({ near: event.target.checked ? '1' : undefined })} />
          {t('search.near')}
        </label>
      )}
    </aside>
  );
}

function HitCard({ hit }: { hit: Hit }) {
  const { t, label, pick, number } = useT();
  const item = hit.item;
  const place = placeOf(item);
  return (
    <li className="card hit">
      <p className="badge">{label('type', item.__typename.toUpperCase())}</p>
      <h2><Link to={pathOf(item.__typename, item.id)}>{titleOf(item, pick)}</Link></h2>
      <p className="muted">
        {item.__typename === 'Talk' && <><Link to={`/experts/${item.expert.id}`}>{pick(item.expert.name, item.expert.nameEn)}</Link> · </>}
        {place && <>{place.venue && <Link to={`/venues/${place.venue.id}`}>{pick(place.venue.name, place.venue.nameEn)}</Link>} {place.district && label('district', place.district)}</>}
        {item.__typename === 'Venue' && <> · {label('kind', item.kind)}</>}
        {hit.distanceKm != null && <> · {t('search.distance', { km: number(hit.distanceKm, 1) })}</>}
      </p>
      {'gradeBands' in item && <Tags group="grade" values={item.gradeBands} />}
      {item.__typename === 'Expert' && <Tags group="subject" values={item.fields} />}
      {'sessions' in item && <SessionTimes sessions={item.sessions.edges.map((edge) => edge.node)} />}
    </li>
  );
}

function titleOf(item: Hit['item'], pick: (zh: string, en?: string | null) => string): string {
  if (item.__typename === 'Venue' || item.__typename === 'Expert') return pick(item.name, item.nameEn);
  return pick(item.title, item.titleEn);
}

function placeOf(item: Hit['item']): { venue?: { id: string; name: string; nameEn: string } | null; district?: string } | null {
  switch (item.__typename) {
    case 'Venue': return { district: item.district };
    case 'Programme': return item.venue ? { venue: item.venue, district: item.venue.district } : null;
    case 'Talk': return item.expert.affiliation ? { venue: item.expert.affiliation, district: item.expert.affiliation.district } : null;
    case 'Expert': return item.affiliation ? { venue: item.affiliation, district: item.affiliation.district } : null;
    default: return null;
  }
}
