import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';
import { useT } from '../i18n';

export interface UserError {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

/** A refusal in plain words: the catalogue's sentence for its code in Chinese, the API's own (specific) sentence in English. */
export function useRefusalText(): (error: UserError) => string {
  const { lang, t } = useT();
  return (error) => {
    const known = t(`refusal.${error.code}` as never);
    if (lang === 'en' || known === `refusal.${error.code}`) return error.message;
    return known;
  };
}

/** The refusals of a mutation by the input field they concern (the last step of `field`), '' for the form as a whole. */
export function byField(errors: readonly UserError[] | undefined, fields: readonly string[]): Record<string, UserError> {
  const found: Record<string, UserError> = {};
  for (const error of errors ?? []) {
    const name = error.field?.at(-1) ?? '';
    found[fields.includes(name) ? name : ''] ??= error;
  }
  return found;
}

/** A labelled input with its refusal shown beside it and announced to screen readers. */
export function Field({ label, error, hint, children }: { label: ReactNode; error?: UserError; hint?: ReactNode; children: ReactElement<Record<string, unknown>> }) {
  const id = useId();
  const text = useRefusalText();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="field-error" role="alert">{text(error)}</p>}
    </div>
  );
}

/** A refusal that concerns the whole form rather than one field. */
export function FormError({ error }: { error?: UserError }) {
  const text = useRefusalText();
  if (!error) return null;
  return <p className="error" role="alert">{text(error)}</p>;
}

/** A set of checkboxes for an enum list, such as subjects or grade bands, with its refusal below. */
export function Choices({ legend, group, values, chosen, error, onToggle }: { legend: string; group: string; values: readonly string[]; chosen: readonly string[]; error?: { code: string; message: string }; onToggle(value: string): void }) {
  const { label } = useT();
  return (
    <fieldset className={error ? 'choices invalid' : 'choices'}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="check">
          <input type="checkbox" checked={chosen.includes(value)} onChange={() => onToggle(value)} />
          {label(group, value)}
        </label>
      ))}
      <FormError error={error} />
    </fieldset>
  );
}
