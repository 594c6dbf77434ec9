import { html, type TemplateResult } from 'lit';

/** `65000` ms → `1:05`; past an hour `1:01:05`. */
export function formatTime(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const seconds = String(total % 60).padStart(2, '0');
  const minutes = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600);
  return hours
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** ISO 8601 duration for `<time datetime>`: `PT65S`. */
export function isoDuration(ms: number): string {
  return `PT${Math.floor(Math.max(0, ms) / 1000)}S`;
}

/** `1234567` bytes → `1.2 MB` in `lang` (kB under a megabyte). */
export function formatSize(bytes: number, lang?: string): string {
  const [value, unit] =
    bytes >= 1e6
      ? [bytes / 1e6, 'megabyte']
      : bytes >= 1e3
        ? [bytes / 1e3, 'kilobyte']
        : [bytes, 'byte'];
  const options: Intl.NumberFormatOptions = { style: 'unit', unit, maximumFractionDigits: 1 };
  try {
    return new Intl.NumberFormat(lang, options).format(value);
  } catch {
    return new Intl.NumberFormat(undefined, options).format(value);
  }
}

/** A moment as `2026-12-01 14-30-05`: local time, safe in a file name on every system. */
export function fileDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ` +
    `${two(date.getHours())}-${two(date.getMinutes())}-${two(date.getSeconds())}`
  );
}

/**
 * `template` with each `{key}` replaced by its value inside a `<bdi>` (isolated for right-to-left
 * pages; `ltr` keys laid out left to right), inserted literally as text.
 */
export function isolated(
  template: string,
  values: Record<string, string>,
  ltr: readonly string[] = [],
): TemplateResult[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const key = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (!key || !Object.hasOwn(values, key)) return html`${piece}`;
    return ltr.includes(key)
      ? html`<bdi dir="ltr">${values[key]}</bdi>`
      : html`<bdi>${values[key]}</bdi>`;
  });
}

/** A positive finite number of milliseconds from an attribute, else `undefined`. */
export function milliseconds(value: unknown): number | undefined {
  const ms = typeof value === 'string' && value.trim() === '' ? NaN : Number(value);
  return ms > 0 && Number.isFinite(ms) ? ms : undefined;
}

/** Warns once a value is set that is not a number of milliseconds (it is then ignored). */
export function warnIfNotMilliseconds(attribute: string, value: unknown): void {
  if (value == null || milliseconds(value) !== undefined) return;
  console.warn(
    `<stream-recorder>: ${attribute}="${String(value)}" is not a number of milliseconds: ignored`,
  );
}
