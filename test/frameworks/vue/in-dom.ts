// Vue 3 with an in-DOM template: the page's own HTML, compiled in the browser by Vue's runtime
// compiler (the full build), the kit's tags marked as custom elements in `compilerOptions`.
// HTML lower-cases attribute names, which is why the kit uses kebab-case names throughout.
// Events with `@event-name` and, for the newer elements, its long form `v-on:event-name`.
// The build aliases `vue` to `vue/dist/vue.esm-bundler.js`, the build with the compiler.
import { createApp, nextTick, reactive } from 'vue';
import type { AppProps, Mount } from '../app.js';

/** The kit's tags, from custom-elements.json: scripts/frameworks-build.mjs defines it. */
declare const __KIT_TAGS__: readonly string[];

export const template = `
  <media-capture
    video
    facing-mode="user"
    :width="width"
    :constraints.prop="constraints"
    @media-capture-statechange="(e) => log('media-capture-statechange', e, e.state)"
    @stream-change="(e) => log('stream-change', e, e.stream)"
    @media-capture-start="(e) => log('media-capture-start', e, e.stream)"
    @media-capture-stop="(e) => log('media-capture-stop', e, e.reason)"
    @media-capture-error="(e) => log('media-capture-error', e, e.error.code)"
    @media-capture-permissionchange="(e) => log('media-capture-permissionchange', e, e.permission.camera)"
    @media-capture-devicechange="(e) => log('media-capture-devicechange', e, e.kind)"
  >
    <stream-mirror
      mirrored
      @stream-mirror-ready="(e) => log('stream-mirror-ready', e, e.width)"
      @stream-mirror-resize="(e) => log('stream-mirror-resize', e, e.width)"
    ></stream-mirror>
    <track-list
      @track-list-toggle="(e) => log('track-list-toggle', e, e.enabled)"
      @track-list-stop="(e) => log('track-list-stop', e, e.track.kind)"
    ></track-list>
    <device-select
      kind="audioinput"
      v-on:device-select-change="(e) => log('device-select-change', e, e.deviceId)"
      v-on:device-select-fallback="(e) => log('device-select-fallback', e, e.previous)"
    ></device-select>
    <track-toggle
      kind="video"
      v-on:track-toggle-change="(e) => log('track-toggle-change', e, e.enabled)"
      v-on:track-toggle-speakingwhilemuted="(e) => log('track-toggle-speakingwhilemuted', e, e.track.kind)"
    ></track-toggle>
    <audio-meter
      v-on:audio-meter-speakingchange="(e) => log('audio-meter-speakingchange', e, e.speaking)"
      v-on:audio-meter-nosignal="(e) => log('audio-meter-nosignal', e, e.track.kind)"
    ></audio-meter>
    <stream-recorder
      v-on:stream-recorder-start="(e) => log('stream-recorder-start', e, e.mimeType)"
      v-on:stream-recorder-pause="(e) => log('stream-recorder-pause', e, e.type)"
      v-on:stream-recorder-resume="(e) => log('stream-recorder-resume', e, e.type)"
      v-on:stream-recorder-data="(e) => log('stream-recorder-data', e, e.blob.size)"
      v-on:stream-recorder-stop="(e) => log('stream-recorder-stop', e, e.reason)"
      v-on:stream-recorder-error="(e) => log('stream-recorder-error', e, e.error.code)"
    ></stream-recorder>
  </media-capture>
  <screen-capture
    v-on:screen-capture-statechange="(e) => log('screen-capture-statechange', e, e.state)"
    v-on:stream-change="(e) => log('stream-change', e, e.stream)"
    v-on:screen-capture-start="(e) => log('screen-capture-start', e, e.stream)"
    v-on:screen-capture-stop="(e) => log('screen-capture-stop', e, e.reason)"
    v-on:screen-capture-error="(e) => log('screen-capture-error', e, e.error.code)"
  >
    <stream-mirror></stream-mirror>
  </screen-capture>
  <track-list id="by-property" :stream.prop="listStream"></track-list>`;

/** `container` must already hold `template` as HTML, the way a server-rendered page would. */
export const mount: Mount = (container, props) => {
  // Every key present from the start: the template reads them from this object.
  const state = reactive<AppProps>({
    constraints: undefined,
    width: undefined,
    listStream: undefined,
    ...props,
  });
  const app = createApp({ setup: () => state });
  app.config.compilerOptions.isCustomElement = (tag: string) => __KIT_TAGS__.includes(tag);
  app.mount(container);
  return {
    async update(patch) {
      Object.assign(state, patch);
      await nextTick();
    },
    unmount: () => app.unmount(),
  };
};
