// The generated types, imported by package name as an app would (README, Frameworks).
import type {} from 'mediastream-elements/types/vue';

import type { MediaCaptureVueProps } from 'mediastream-elements/types/vue';
type StartHandler = NonNullable<MediaCaptureVueProps['onMediaCaptureStart']>;
// @ts-expect-error: handlers receive the kit's Event subclasses, which have no `detail`
export type NoDetail = Parameters<StartHandler>[0]['detail'];
