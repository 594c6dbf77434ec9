// The constraint checks once their module has run: validate.ts hands them over here, so that
// <media-capture> uses them at once wherever the page has them already (the one-file bundle, the
// package's index, <screen-capture>'s chunk) and imports them only where it does not.
import type { assertValidConstraints } from './validate.js';

/** `assertValidConstraints`, once validate.ts has run. */
export let loadedAssert: typeof assertValidConstraints | undefined;

export function provideAssert(assert: typeof assertValidConstraints): void {
  loadedAssert = assert;
}
