// For the repository's own `tsc` only: svelte-check (test/frameworks/svelte) reads App.svelte.
declare module '*.svelte' {
  import type { Component } from 'svelte';
  import type { AppProps } from '../app.js';
  const component: Component<AppProps, { set(patch: Partial<Omit<AppProps, 'log'>>): void }>;
  export default component;
}
