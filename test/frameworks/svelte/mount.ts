// Mounts the component compiled by svelte/compiler; `flushSync` applies a change at once.
import { flushSync, mount as svelteMount, unmount } from 'svelte';
import type { Mount } from '../app.js';
import App from './App.svelte';

export const mount: Mount = (container, props) => {
  const app = svelteMount(App, { target: container, props });
  flushSync();
  return {
    async update(patch) {
      app.set(patch);
      flushSync();
    },
    unmount: () => void unmount(app),
  };
};
