// For the repository's own `tsc` only: vue-tsc (test/frameworks/vue/tsconfig.json) reads App.vue.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
