import { built, conformance } from '../conformance.js';

conformance('preact', {
  load: () => import(built('preact')),
  beforeDefine: 'attribute',
  // Preact assigns '' to a property whose new value is null or undefined.
  unsetProperty: '',
});
