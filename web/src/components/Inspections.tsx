import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql';
import type { DistrictDashboardQuery, FindingOutcome, InspectionItemsQuery, InspectionPopulation } from '../graphql/graphql';
import { useT } from '../i18n';
import { byField, Field, FormError } from './forms';
import { Loading, RequestError } from './ui';

type Inspection = DistrictDashboardQuery['inspections']['edges'][number]['node'];

const DrawInspection = graphql(`
  mutation DrawInspection($input: DrawInspectionInput!) {
    drawInspection(input: $input) { inspection { id } userErrors { field code message } }
  }
`);

const InspectionItems = graphql(`
  query InspectionItems($id: ID!) {
    inspection(id: $id) {
      id title population
      items(first: 100) { edges { node {
        position
        school { id name nameEn }
        venue { id name nameEn }
        findings { id outcome note recordedAt notice { id deadline } }
      } } }
    }
  }
`);

const RecordFinding = graphql(`
  mutation RecordFinding($input: RecordInspectionFindingInput!) {
    recordInspectionFinding(input: $input) { finding { id outcome notice { id } } userErrors { field code message } }
  }
`);

const populations: InspectionPopulation[] = ['PROVIDERS', 'SCHOOLS'];
const outcomes: FindingOutcome[] = ['COMPLIANT', 'ISSUES_FOUND', 'SERIOUS_BREACH'];

/** The district's random inspections: each draw with its seed, a form to draw a new one, and the findings on an opened one. */
export function Inspections({ district, inspections, onChange }: { district: string; inspections: readonly Inspection[]; onChange(): void }) {
  const { t, label, date, number } = useT();
  const [open, setOpen] = useState<string | null>(null);
  const opened = inspections.find((inspection) => inspection.id === open);
  return (
    <section aria-labelledby="inspections-heading" className="inspections">
      <h2 id="inspections-heading">{t('inspection.title', { n: inspections.length })}</h2>
      {inspections.length === 0 ? <p className="muted">{t('inspection.none')}</p> : (
        <div className="table-scroll" role="region" aria-labelledby="inspections-heading" tabIndex={0}>
          <table className="inspection-list">
            <thead><tr>{['name', 'drawnAt', 'population', 'percent', 'seed', 'sample', 'open'].map((column) => <th key={column} scope="col">{t(`inspection.${column}` as 'inspection.name')}</th>)}</tr></thead>
            <tbody>
              {[...inspections].reverse().map((inspection) => (
                <tr key={inspection.id} data-inspection={inspection.id}>
                  <th scope="row">{inspection.title}</th>
                  <td>{date(inspection.drawnAt)}</td>
                  <td>{label('population', inspection.population)}</td>
                  <td>{number(inspection.percent, 1)}%</td>
                  <td>{inspection.seed}</td>
                  <td>{t('inspection.of', { n: inspection.sampleSize, of: inspection.populationSize })}</td>
                  <td>
                    <button type="button" className="small" aria-expanded={open === inspection.id} onClick={() => setOpen(open === inspection.id ? null : inspection.id)}>
                      {t('inspection.openOne')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {opened && <InspectionDetail id={opened.id} title={opened.title} onChange={onChange} />}
      <DrawForm district={district} onDrawn={(id) => { setOpen(id); onChange(); }} />
    </section>
  );
}

function DrawForm({ district, onDrawn }: { district: string; onDrawn(id: string): void }) {
  const { t, label } = useT();
  const [form, setForm] = useState({ title: '', population: 'PROVIDERS' as InspectionPopulation, percent: '10', seed: '' });
  const [result, draw] = useMutation(DrawInspection);
  const errors = byField(result.data?.drawInspection.userErrors, ['title', 'population', 'percent', 'seed']);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const seed = form.seed.trim() === '' ? undefined : Number(form.seed);
    const answer = await draw({ input: { district, title: form.title, population: form.population, percent: Number(form.percent), seed } });
    const drawn = answer.data?.drawInspection.inspection;
    if (drawn) { setForm({ ...form, title: '', seed: '' }); onDrawn(drawn.id); }
  };
  return (
    <form className="editor" onSubmit={submit} noValidate aria-labelledby="draw-heading">
      <h3 id="draw-heading">{t('inspection.draw')}</h3>
      <FormError error={errors['']} />
      <RequestError error={result.error} />
      <Field label={t('inspection.name')} error={errors.title}><input value={form.title} onChange={set('title')} placeholder={t('inspection.namePlaceholder')} /></Field>
      <div className="row">
        <Field label={t('inspection.population')} error={errors.population}>
          <select value={form.population} onChange={set('population')}>
            {populations.map((population) => <option key={population} value={population}>{label('population', population)}</option>)}
          </select>
        </Field>
        <Field label={t('inspection.percentField')} error={errors.percent}><input type="number" inputMode="decimal" step="any" value={form.percent} onChange={set('percent')} /></Field>
        <Field label={t('inspection.seedField')} error={errors.seed} hint={t('inspection.seedHint')}><input type="number" inputMode="numeric" value={form.seed} onChange={set('seed')} /></Field>
      </div>
      <button type="submit" disabled={result.fetching}>{t('inspection.drawButton')}</button>
    </form>
  );
}

function InspectionDetail({ id, title, onChange }: { id: string; title: string; onChange(): void }) {
  const { t } = useT();
  const [{ data, fetching, error }, refresh] = useQuery({ query: InspectionItems, variables: { id }, requestPolicy: 'cache-and-network' });
  const inspection = data?.inspection;
  if (!inspection) return fetching ? <Loading /> : <RequestError error={error} />;
  const recorded = () => { refresh({ requestPolicy: 'network-only' }); onChange(); };
  return (
    <div className="inspection-detail" data-inspection-detail={id}>
      <h3>{t('inspection.items', { title })}</h3>
      <ol className="inspection-items">
        {inspection.items.edges.map(({ node }) => <Item key={node.position} inspectionId={id} item={node} onRecorded={recorded} />)}
      </ol>
    </div>
  );
}

type ItemNode = NonNullable<InspectionItemsQuery['inspection']>['items']['edges'][number]['node'];

function Item({ inspectionId, item, onRecorded }: { inspectionId: string; item: ItemNode; onRecorded(): void }) {
  const { t, label, pick, date } = useT();
  const [recording, setRecording] = useState(false);
  const subject = item.venue ?? item.school;
  const name = subject ? pick(subject.name, subject.nameEn) : '';
  return (
    <li data-item={subject?.id}>
      <span className="item-name">{name}</span>
      {item.findings.map((finding) => (
        <p key={finding.id} className="finding" data-finding={finding.id}>
          <strong>{label('outcome', finding.outcome)}</strong> · {finding.note} <span className="muted">{date(finding.recordedAt)}</span>
          {finding.notice && <span className="notice-status open"> · {t('inspection.noticeIssued', { date: date(finding.notice.deadline) })}</span>}
        </p>
      ))}
      <button type="button" className="small" aria-expanded={recording} onClick={() => setRecording(!recording)}>{t('inspection.record', { name })}</button>
      {recording && subject && <FindingForm inspectionId={inspectionId} itemId={subject.id} provider={Boolean(item.venue)} name={name} onDone={() => { setRecording(false); onRecorded(); }} />}
    </li>
  );
}

function FindingForm({ inspectionId, itemId, provider, name, onDone }: { inspectionId: string; itemId: string; provider: boolean; name: string; onDone(): void }) {
  const { t, label } = useT();
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const [form, setForm] = useState({ outcome: 'COMPLIANT' as FindingOutcome, note: '', notice: false, reason: '', deadline: inAMonth });
  const [result, record] = useMutation(RecordFinding);
  const errors = byField(result.data?.recordInspectionFinding.userErrors, ['outcome', 'note', 'notice', 'reason', 'deadline']);
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const notice = form.notice ? { reason: form.reason, deadline: `${form.deadline}T23:59:00+08:00` } : undefined;
    const answer = await record({ input: { inspectionId, itemId, outcome: form.outcome, note: form.note, notice } });
    if (answer.data?.recordInspectionFinding.finding) onDone();
  };
  return (
    <form className="editor" onSubmit={submit} noValidate aria-label={t('inspection.record', { name })}>
      <FormError error={errors['']} />
      <RequestError error={result.error} />
      <Field label={t('inspection.outcome')} error={errors.outcome}>
        <select value={form.outcome} onChange={set('outcome')}>
          {outcomes.map((outcome) => <option key={outcome} value={outcome}>{label('outcome', outcome)}</option>)}
        </select>
      </Field>
      <Field label={t('inspection.note')} error={errors.note}><textarea value={form.note} onChange={set('note')} rows={2} /></Field>
      {provider && (
        <label className="check">
          <input type="checkbox" checked={form.notice} onChange={(event) => setForm({ ...form, notice: event.target.checked })} />
          {t('inspection.issueNotice')}
        </label>
      )}
      {form.notice && (
        <div className="row">
          <Field label={t('notice.reason')} error={errors.reason ?? errors.notice}><input value={form.reason} onChange={set('reason')} /></Field>
          <Field label={t('notice.deadline')} error={errors.deadline}><input type="date" value={form.deadline} onChange={set('deadline')} /></Field>
        </div>
      )}
      <button type="submit" disabled={result.fetching}>{t('inspection.save')}</button>
    </form>
  );
}
