// Small statistics over samples (numbers).

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (!n) return NaN;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

export function summary(values) {
  const finite = values.filter(Number.isFinite);
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : NaN,
    max: finite.length ? Math.max(...finite) : NaN,
    n: finite.length,
  };
}

/** The samples of a side that did not fail. */
export const ok = (samples) => samples.filter((sample) => !sample.error);

/** `key` of each sample that did not fail (`key`: a property name or a function of the sample). */
export const values = (samples, key) =>
  ok(samples).map(typeof key === 'function' ? key : (sample) => sample[key]);
