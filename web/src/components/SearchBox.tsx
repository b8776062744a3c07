import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../graphql';
import { useT } from '../i18n';
import { navigate } from '../router';
import { pathOf } from './ui';

const Suggestions = graphql(`
  query Suggestions($prefix: String!) {
    searchSuggestions(prefix: $prefix, first: 8) {
      text kind
      item {
        __typename
        ... on Venue { id nameEn }
        ... on Programme { id titleEn }
        ... on Talk { id titleEn }
        ... on Expert { id nameEn }
      }
    }
  }
`);

interface Suggestion {
  key: string;
  kind: string;
  text: string;
  /** The page the suggestion opens; a topic has none and is searched for instead. */
  path: string | null;
}

/** The search box: a combobox whose suggestions follow what is typed; Enter searches, a chosen suggestion opens its page. */
export function SearchBox({ initial, onSearch }: { initial: string; onSearch(query: string): void }) {
  const { t, label, pick } = useT();
  const [text, setText] = useState(initial);
  const [prefix, setPrefix] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  useEffect(() => setText(initial), [initial]);
  useEffect(() => {
    const timer = setTimeout(() => setPrefix(text.trim()), 150);
    return () => clearTimeout(timer);
  }, [text]);
  const [{ data }] = useQuery({ query: Suggestions, variables: { prefix }, pause: !open || prefix.length === 0, requestPolicy: 'cache-first' });
  const suggestions: Suggestion[] = open && prefix ? (data?.searchSuggestions ?? []).map(({ text, kind, item }) => ({
    key: `${kind}-${item?.id ?? text}`,
    kind,
    text: item ? pick(text, 'titleEn' in item ? item.titleEn : item.nameEn) : text,
    path: item ? pathOf(item.__typename, item.id) : null,
  })) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOpen(false);
    onSearch(text.trim());
  };
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (suggestions.length ? (index + step + suggestions.length) % suggestions.length : -1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && open && suggestions[active]) {
      event.preventDefault();
      choose(suggestions[active]);
    }
  };
  const choose = (suggestion: Suggestion) => {
    setOpen(false);
    if (suggestion.path) return navigate(suggestion.path);
    setText(suggestion.text);
    onSearch(suggestion.text);
  };
  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={`${listId}-input`} className="visually-hidden">{t('search.label')}</label>
      <div className="combobox">
        <input
          id={`${listId}-input`}
          type="search"
          role="combobox"
          aria-expanded={suggestions.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && suggestions[active] ? `${listId}-${active}` : undefined}
          placeholder={t('search.placeholder')}
          value={text}
          autoComplete="off"
          onChange={(event) => { setText(event.target.value); setOpen(true); setActive(-1); }}
          onKeyDown={keys}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <ul id={listId} role="listbox" aria-label={t('search.suggestions')} hidden={suggestions.length === 0}>
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.key}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => { event.preventDefault(); choose(suggestion); }}
            >
              {suggestion.text} <span className="muted">{label('suggestion', suggestion.kind)}</span>
            </li>
          ))}
        </ul>
      </div>
      <button type="submit">{t('search.submit')}</button>
    </form>
  );
}
