import { TrackListElement } from './track-list.component.js';

export { TrackListElement };
export default TrackListElement;

TrackListElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'track-list': TrackListElement;
  }
}
