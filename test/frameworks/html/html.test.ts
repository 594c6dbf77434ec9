import { conformance } from '../conformance.js';

// The CDN file (Lit inside) the README's one-script-tag page loads.
conformance('plain HTML', {
  load: () => import('./app.js'),
  kit: '/cdn/mediastream-elements.js',
  beforeDefine: 'property',
});
