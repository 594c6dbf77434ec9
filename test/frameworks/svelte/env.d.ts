// The generated types, imported by package name as an app would (README, Frameworks).
import type {} from 'mediastream-elements/types/svelte';

import type { MediaCaptureSvelteProps } from 'mediastream-elements/types/svelte';
type StartHandler = NonNullable<MediaCaptureSvelteProps['onmedia-capture-start']>;
// @ts-expect-error: handlers receive the kit's Event subclasses, which have no `detail`
export type NoDetail = Parameters<StartHandler>[0]['detail'];
