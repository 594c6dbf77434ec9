import { TrackToggleElement } from './track-toggle.component.js';

export { TrackToggleElement };
export default TrackToggleElement;

TrackToggleElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'track-toggle': TrackToggleElement;
  }
}
