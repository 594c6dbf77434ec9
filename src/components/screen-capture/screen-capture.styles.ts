import { capturePanelStyles } from '../../base/capture-panel.styles.js';
import { baseStyles } from '../../base/styles.js';

export default [baseStyles, capturePanelStyles('screen-capture')];
