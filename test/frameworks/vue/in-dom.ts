// Vue 3 with an in-DOM template: the page's own HTML, compiled in the browser by Vue's runtime
// compiler (the full build), the kit's tags marked as custom elements in `compilerOptions`.
// HTML lower-cases attribute names, which is why the kit uses kebab-case names throughout.
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
  </media-capture>
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
