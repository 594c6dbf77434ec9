import { StreamMirrorElement } from './stream-mirror.component.js';

export { StreamMirrorElement };
export default StreamMirrorElement;

StreamMirrorElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'stream-mirror': StreamMirrorElement;
  }
}
