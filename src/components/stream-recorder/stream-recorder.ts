import { StreamRecorderElement } from './stream-recorder.component.js';

export { StreamRecorderElement };
export default StreamRecorderElement;

StreamRecorderElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'stream-recorder': StreamRecorderElement;
  }
}
