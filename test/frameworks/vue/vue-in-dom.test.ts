import { built, conformance } from '../conformance.js';

conformance('vue (in-DOM template)', {
  load: () => import(built('vue-in-dom')),
  beforeDefine: 'property',
});
