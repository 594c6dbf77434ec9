/** A value a text's `{placeholder}` is replaced by. Numbers are formatted for the language. */
export type TextValue = string | number;

/** A branch's text: anything but braces, except `{placeholder}`s. */
const BRANCH_TEXT = String.raw`[^{}]*(?:\{\w+\}[^{}]*)*`;
/** `{count, plural, one {…} other {…}}` and `{kind, select, camera {…} other {…}}`. */
const CHOICE = new RegExp(
  String.raw`\{(\w+),\s*(plural|select),((?:\s*=?\w+\s*\{${BRANCH_TEXT}\})+)\s*\}`,
  'g',
);
/** A quick test for a choice before the full pattern runs. */
const CHOOSES = /,\s*(?:plural|select)\s*,/;
const BRANCH = new RegExp(String.raw`(=?\w+)\s*\{(${BRANCH_TEXT})\}`, 'g');

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

/** `make(locale)`, cached; a locale `Intl` does not know falls back to English. */
function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) {
    try {
      value = make(locale);
    } catch {
      value = make('en');
    }
    cache.set(locale, value);
  }
  return value;
}

/** `value` as text: a number in `locale`'s digits and decimal sign, not grouped (`1920×1080`). */
function format(value: TextValue, locale: string): string {
  if (typeof value !== 'number') return String(value);
  const make = (tag: string) => new Intl.NumberFormat(tag, { useGrouping: false });
  return cached(numberFormats, locale, make).format(value);
}

/** The branch of a `plural` or `select` choice for `value`, or `undefined` when none fits. */
function choose(
  kind: string,
  branches: string,
  value: TextValue,
  locale: string,
): string | undefined {
  const byKey = new Map([...branches.matchAll(BRANCH)].map(([, key, text]) => [key, text]));
  if (kind === 'select') return byKey.get(String(value)) ?? byKey.get('other');
  const n = Number(value);
  const category = cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag)).select(n);
  const text = byKey.get(`=${n}`) ?? byKey.get(category) ?? byKey.get('other');
  return text?.replace(/#/g, format(n, locale));
}

/**
 * `template` with each `{key}` replaced by its value, inserted literally (a `$&` in a value stays
 * `$&`: a replacer function, unlike a replacement string, expands no patterns). Values are
 * inserted in one pass, so a value holding `{other}` is not filled again. A template may choose by
 * a value, as ICU messages do: `{count, plural, one {# channel} other {# channels}}` (the category
 * from `Intl.PluralRules` in `locale`, `=2` for an exact number, `#` the number) and
 * `{kind, select, camera {…} other {…}}`. Numbers are written in `locale`.
 */
export function fill(
  template: string,
  values: Record<string, TextValue> = {},
  locale = 'en',
): string {
  if (!template.includes('{')) return template; // most texts: nothing to fill
  const chosen = CHOOSES.test(template)
    ? template.replace(CHOICE, (whole, key: string, kind: string, branches: string) =>
        Object.hasOwn(values, key) ? (choose(kind, branches, values[key], locale) ?? whole) : whole,
      )
    : template;
  return chosen.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? format(values[key], locale) : whole,
  );
}

const listFormats = new Map<string, Intl.ListFormat>();

/** `['A', 'B', 'C']` → `A, B and C`, as `locale` writes a list. */
export function formatList(items: string[], locale: string): string {
  const make = (tag: string) => new Intl.ListFormat(tag, { type: 'conjunction' });
  return cached(listFormats, locale, make).format(items);
}
