import { DeviceSelectElement } from './device-select.component.js';

export { DeviceSelectElement };
export default DeviceSelectElement;

DeviceSelectElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'device-select': DeviceSelectElement;
  }
}
