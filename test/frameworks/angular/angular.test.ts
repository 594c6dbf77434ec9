import { built, conformance } from '../conformance.js';

// `[name]` always sets a property, whether or not the element is defined yet.
conformance('angular', { load: () => import(built('angular')), beforeDefine: 'property' });
