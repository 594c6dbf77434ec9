import { AudioMeterElement } from './audio-meter.component.js';

export { AudioMeterElement };
export default AudioMeterElement;

AudioMeterElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'audio-meter': AudioMeterElement;
  }
}
