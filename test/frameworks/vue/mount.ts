// Mounts the SFC (compiled ahead of time by @vue/compiler-sfc, tags starting with the kit's names
// marked as custom elements) with reactive props the test changes.
import { createApp, h, nextTick, reactive } from 'vue';
import type { AppProps, Mount } from '../app.js';
import App from './App.vue';

export const mount: Mount = (container, props) => {
  const state = reactive<AppProps>({ ...props });
  const app = createApp({ render: () => h(App, state) });
  app.mount(container);
  return {
    async update(patch) {
      Object.assign(state, patch);
      await nextTick();
    },
    unmount: () => app.unmount(),
  };
};
