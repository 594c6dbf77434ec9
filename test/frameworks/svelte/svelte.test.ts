import { built, conformance } from '../conformance.js';

conformance('svelte', {
  load: () => import(built('svelte')),
  beforeDefine: 'property',
});
