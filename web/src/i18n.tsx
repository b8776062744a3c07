import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages/en';
import { places } from './messages/places';
import { zh, type Messages } from './messages/zh';

export type Lang = 'zh' | 'en';
export type MessageKey = keyof Messages;
const catalogues: Record<Lang, Messages> = { zh, en };

export interface Translator {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The message for `key` in the current language, with `{name}` replaced by `values.name`. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** An enum value's label, such as kind.MUSEUM; the value itself when the catalogue has none. */
  label(group: string, value: string): string;
  /** The Chinese or English one of a pair of names, falling back to the Chinese. */
  pick(chinese: string, english: string | null | undefined): string;
  dateTime(iso: string, timeZone?: string): string;
  /** A session's start as the venue's clock shows it, from a time the API writes in the venue's own offset. */
  sessionTime(iso: string, timeZone?: string): string;
  date(iso: string, timeZone?: string): string;
  number(value: number, digits?: number): string;
}

const Context = createContext<Translator | null>(null);
const stored = (): Lang => (localStorage.getItem('kepu.lang') === 'en' ? 'en' : 'zh');

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(stored);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = catalogues[lang]['app.title'];
    localStorage.setItem('kepu.lang', lang);
  }, [lang]);
  const translator = useMemo(() => translatorFor(lang, setLang), [lang]);
  return <Context.Provider value={translator}>{children}</Context.Provider>;
}

export function useT(): Translator {
  const translator = useContext(Context);
  if (!translator) throw new Error('useT needs a LanguageProvider.');
  return translator;
}

function translatorFor(lang: Lang, setLang: (lang: Lang) => void): Translator {
  const messages = catalogues[lang] as Record<string, string>;
  const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
  const t = (key: string, values: Record<string, string | number> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
  // Creating a formatter is far slower than using one, and a page of results formats dozens of times.
  const format = (options: Intl.DateTimeFormatOptions) => {
    const formatters = new Map<string, Intl.DateTimeFormat>();
    return (iso: string, timeZone?: string) => {
      const key = timeZone ?? '';
      if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(locale, { ...options, timeZone }));
      return formatters.get(key)!.format(new Date(iso));
    };
  };
  const numbers = new Map<number, Intl.NumberFormat>();
  const dateTime = format({ year: 'numeric', month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false });
  return {
    lang,
    setLang,
    t,
    label: (group, value) => messages[`${group}.${value}`] ?? (lang === 'zh' ? places[`${group}.${value}`] : undefined) ?? value,
    pick: (chinese, english) => (lang === 'en' && english ? english : chinese),
    dateTime,
    sessionTime: (iso, timeZone) => wallClock(iso, lang) ?? dateTime(iso, timeZone),
    date: format({ year: 'numeric', month: 'short', day: 'numeric' }),
    number: (value, digits = 0) => {
      if (!numbers.has(digits)) numbers.set(digits, new Intl.NumberFormat(locale, { maximumFractionDigits: digits }));
      return numbers.get(digits)!.format(value);
    },
  };
}

const weekdays: Record<Lang, string[]> = { zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `2026-12-03T14:05:00+08:00` as `2026年12月3日周四 14:05` or `Thu, 3 Dec 2026, 14:05` (what Intl.DateTimeFormat
 * writes), read from the time's own digits. A page's first Intl formatter costs the browser its
 * locale data start-up, tens to hundreds of milliseconds, and the search page shows session times
 * in its first view; null when the time carries no offset of its own.
 */
function wallClock(iso: string, lang: Lang): string | null {
  const parts = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:\d{2}$/.exec(iso);
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.slice(1).map(Number) as [number, number, number, number, number];
  const weekday = weekdays[lang][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return lang === 'zh' ? `${year}年${month}月${day}日${weekday} ${time}` : `${weekday}, ${day} ${months[month - 1]} ${year}, ${time}`;
}
