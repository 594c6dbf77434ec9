import { built, conformance } from '../conformance.js';

// `.prop` binds objects as properties whether or not the element is defined yet.
conformance('vue (SFC)', { load: () => import(built('vue')), beforeDefine: 'property' });
