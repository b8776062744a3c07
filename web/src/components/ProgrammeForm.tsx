import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import type { Delivery, GradeBand, ProgrammeKind, Subject } from '../graphql/graphql';
import { useT } from '../i18n';
import { byField, Choices, Field, FormError } from './forms';
import { RequestError } from './ui';

const CreateProgramme = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) { programme { id status } userErrors { field code message } }
  }
`);

const UpdateProgramme = graphql(`
  mutation UpdateProgramme($id: ID!, $input: UpdateProgrammeInput!) {
    updateProgramme(id: $id, input: $input) { programme { id title titleEn summary kind subjects gradeBands durationMinutes groupSize { min max } price { amount } delivery } userErrors { field code message } }
  }
`);

const kinds: ProgrammeKind[] = ['VISIT', 'LAB_SESSION', 'WORKSHOP', 'COURSE', 'ONLINE_COURSE'];
export const subjects: Subject[] = ['PHYSICS', 'CHEMISTRY', 'BIOLOGY', 'EARTH_SCIENCE', 'ASTRONOMY', 'MATHEMATICS', 'COMPUTING', 'ENGINEERING', 'ENVIRONMENT', 'AGRICULTURE', 'HEALTH', 'AEROSPACE', 'TRANSPORT', 'HISTORY_OF_SCIENCE'];
export const gradeBands: GradeBand[] = ['PRIMARY_LOWER', 'PRIMARY_UPPER', 'JUNIOR', 'SENIOR'];
export const deliveries: Delivery[] = ['ON_SITE', 'IN_SCHOOL', 'ONLINE'];
const fields = ['kind', 'title', 'titleEn', 'summary', 'subjects', 'gradeBands', 'durationMinutes', 'groupSize', 'min', 'max', 'price', 'delivery'];

interface Existing {
  id: string;
  kind: ProgrammeKind;
  title: string;
  titleEn: string;
  summary: string;
  subjects: readonly Subject[];
  gradeBands: readonly GradeBand[];
  durationMinutes: number;
  groupSize: { min: number; max: number };
  price: { amount: string };
  free: boolean;
  delivery: Delivery;
}

/** Creates a programme (as a draft) for a venue, or edits one; refusals appear at the field they concern. */
export function ProgrammeForm({ venueId, programme, onDone, onCancel }: { venueId?: string; programme?: Existing; onDone(): void; onCancel(): void }) {
  const { t, label } = useT();
  const [form, setForm] = useState({
    kind: programme?.kind ?? 'VISIT',
    title: programme?.title ?? '',
    titleEn: programme?.titleEn ?? '',
    summary: programme?.summary ?? '',
    subjects: [...(programme?.subjects ?? [])],
    gradeBands: [...(programme?.gradeBands ?? [])],
    durationMinutes: String(programme?.durationMinutes ?? 90),
    min: String(programme?.groupSize.min ?? 10),
    max: String(programme?.groupSize.max ?? 40),
    price: programme && !programme.free ? programme.price.amount : '',
    delivery: programme?.delivery ?? 'ON_SITE',
  });
  const [created, create] = useMutation(CreateProgramme);
  const [updated, update] = useMutation(UpdateProgramme);
  const payload = created.data?.createProgramme ?? updated.data?.updateProgramme;
  const errors = byField(payload?.userErrors, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const toggle = (name: 'subjects' | 'gradeBands', value: string) =>
    setForm({ ...form, [name]: form[name].includes(value as never) ? form[name].filter((v) => v !== value) : [...form[name], value] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      kind: form.kind, title: form.title, titleEn: form.titleEn, summary: form.summary,
      subjects: form.subjects, gradeBands: form.gradeBands, durationMinutes: Number(form.durationMinutes),
      groupSize: { min: Number(form.min), max: Number(form.max) }, price: form.price || '0', delivery: form.delivery,
    };
    const answer = programme ? await update({ id: programme.id, input }) : await create({ input: { ...input, venueId: venueId! } });
    const done = answer.data && ('createProgramme' in answer.data ? answer.data.createProgramme.programme : answer.data.updateProgramme.programme);
    if (done) onDone();
  };
  return (
    <form className="card editor" onSubmit={submit} noValidate aria-label={programme ? t('desk.edit') : t('desk.newProgramme')}>
      <FormError error={errors['']} />
      <RequestError error={created.error ?? updated.error} />
      <Field label={t('programme.kind')} error={errors.kind}>
        <select value={form.kind} onChange={set('kind')}>{kinds.map((kind) => <option key={kind} value={kind}>{label('programmeKind', kind)}</option>)}</select>
      </Field>
      <Field label={t('programme.title')} error={errors.title}><input value={form.title} onChange={set('title')} required /></Field>
      <Field label={t('programme.titleEn')} error={errors.titleEn}><input value={form.titleEn} onChange={set('titleEn')} lang="en" /></Field>
      <Field label={t('programme.summary')} error={errors.summary}><textarea rows={3} value={form.summary} onChange={set('summary')} /></Field>
      <Choices legend={t('offer.subjects')} group="subject" values={subjects} chosen={form.subjects} error={errors.subjects} onToggle={(value) => toggle('subjects', value)} />
      <Choices legend={t('offer.gradeBands')} group="grade" values={gradeBands} chosen={form.gradeBands} error={errors.gradeBands} onToggle={(value) => toggle('gradeBands', value)} />
      <div className="row">
        <Field label={t('programme.duration')} error={errors.durationMinutes}><input type="number" min={1} value={form.durationMinutes} onChange={set('durationMinutes')} /></Field>
        <Field label={t('programme.groupMin')} error={errors.min ?? errors.groupSize}><input type="number" min={1} value={form.min} onChange={set('min')} /></Field>
        <Field label={t('programme.groupMax')} error={errors.max}><input type="number" min={1} value={form.max} onChange={set('max')} /></Field>
        <Field label={t('programme.price')} error={errors.price} hint={t('programme.priceHint')}><input inputMode="decimal" value={form.price} onChange={set('price')} /></Field>
      </div>
      <Field label={t('offer.delivery')} error={errors.delivery}>
        <select value={form.delivery} onChange={set('delivery')}>{deliveries.map((d) => <option key={d} value={d}>{label('delivery', d)}</option>)}</select>
      </Field>
      <div className="actions">
        <button type="submit" disabled={created.fetching || updated.fetching}>{programme ? t('common.save') : t('desk.createDraft')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
