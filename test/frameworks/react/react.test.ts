import { built, conformance } from '../conformance.js';

conformance('react', {
  load: () => import(built('react')),
  beforeDefine: 'attribute',
});
