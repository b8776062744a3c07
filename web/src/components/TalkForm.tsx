import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../graphql';
import type { Delivery, GradeBand, Subject } from '../graphql/graphql';
import { useT } from '../i18n';
import { byField, Choices, Field, FormError } from './forms';
import { deliveries, gradeBands, subjects } from './ProgrammeForm';
import { RequestError } from './ui';

const CreateTalk = graphql(`
  mutation CreateTalk($input: CreateTalkInput!) {
    createTalk(input: $input) { talk { id status } userErrors { field code message } }
  }
`);

const UpdateTalk = graphql(`
  mutation UpdateTalk($id: ID!, $input: UpdateTalkInput!) {
    updateTalk(id: $id, input: $input) { talk { id title titleEn summary subjects gradeBands durationMinutes maxAudience delivery } userErrors { field code message } }
  }
`);

const fields = ['expertId', 'title', 'titleEn', 'summary', 'subjects', 'gradeBands', 'durationMinutes', 'maxAudience', 'delivery'];

interface Existing {
  id: string;
  title: string;
  titleEn: string;
  summary: string;
  subjects: readonly Subject[];
  gradeBands: readonly GradeBand[];
  durationMinutes: number;
  maxAudience: number;
  delivery: Delivery;
}

/** Creates a talk (as a draft) for one of the venue's experts, or edits one; refusals appear at the field they concern. */
export function TalkForm({ experts, talk, onDone, onCancel }: { experts?: readonly { id: string; name: string }[]; talk?: Existing; onDone(): void; onCancel(): void }) {
  const { t, label } = useT();
  const [form, setForm] = useState({
    expertId: experts?.[0]?.id ?? '',
    title: talk?.title ?? '',
    titleEn: talk?.titleEn ?? '',
    summary: talk?.summary ?? '',
    subjects: [...(talk?.subjects ?? [])],
    gradeBands: [...(talk?.gradeBands ?? [])],
    durationMinutes: String(talk?.durationMinutes ?? 60),
    maxAudience: String(talk?.maxAudience ?? 200),
    delivery: talk?.delivery ?? 'IN_SCHOOL',
  });
  const [created, create] = useMutation(CreateTalk);
  const [updated, update] = useMutation(UpdateTalk);
  const payload = created.data?.createTalk ?? updated.data?.updateTalk;
  const errors = byField(payload?.userErrors, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const toggle = (name: 'subjects' | 'gradeBands', value: string) =>
    setForm({ ...form, [name]: form[name].includes(value as never) ? form[name].filter((v) => v !== value) : [...form[name], value] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      title: form.title, titleEn: form.titleEn, summary: form.summary, subjects: form.subjects, gradeBands: form.gradeBands,
      durationMinutes: Number(form.durationMinutes), maxAudience: Number(form.maxAudience), delivery: form.delivery,
    };
    const answer = talk ? await update({ id: talk.id, input }) : await create({ input: { ...input, expertId: form.expertId } });
    const done = answer.data && ('createTalk' in answer.data ? answer.data.createTalk.talk : answer.data.updateTalk.talk);
    if (done) onDone();
  };
  return (
    <form className="card editor" onSubmit={submit} noValidate aria-label={talk ? t('desk.edit') : t('desk.newTalk')}>
      <FormError error={errors['']} />
      <RequestError error={created.error ?? updated.error} />
      {experts && (
        <Field label={t('talk.expert')} error={errors.expertId}>
          <select value={form.expertId} onChange={set('expertId')}>{experts.map((expert) => <option key={expert.id} value={expert.id}>{expert.name}</option>)}</select>
        </Field>
      )}
      <Field label={t('programme.title')} error={errors.title}><input value={form.title} onChange={set('title')} required /></Field>
      <Field label={t('programme.titleEn')} error={errors.titleEn}><input value={form.titleEn} onChange={set('titleEn')} lang="en" /></Field>
      <Field label={t('programme.summary')} error={errors.summary}><textarea rows={3} value={form.summary} onChange={set('summary')} /></Field>
      <Choices legend={t('offer.subjects')} group="subject" values={subjects} chosen={form.subjects} error={errors.subjects} onToggle={(value) => toggle('subjects', value)} />
      <Choices legend={t('offer.gradeBands')} group="grade" values={gradeBands} chosen={form.gradeBands} error={errors.gradeBands} onToggle={(value) => toggle('gradeBands', value)} />
      <div className="row">
        <Field label={t('programme.duration')} error={errors.durationMinutes}><input type="number" min={1} value={form.durationMinutes} onChange={set('durationMinutes')} /></Field>
        <Field label={t('offer.maxAudience')} error={errors.maxAudience}><input type="number" min={1} value={form.maxAudience} onChange={set('maxAudience')} /></Field>
      </div>
      <Field label={t('offer.delivery')} error={errors.delivery}>
        <select value={form.delivery} onChange={set('delivery')}>{deliveries.map((d) => <option key={d} value={d}>{label('delivery', d)}</option>)}</select>
      </Field>
      <div className="actions">
        <button type="submit" disabled={created.fetching || updated.fetching}>{talk ? t('common.save') : t('desk.createDraft')}</button>
        <button type="button" className="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
