// The sources first: a <media-capture autostart> in the page upgrades at its define and asks for
// the camera before the other elements' modules are evaluated (the first frame comes sooner).
import './components/media-capture/media-capture.js';
import './components/screen-capture/screen-capture.js';
import './components/stream-mirror/stream-mirror.js';
import './components/audio-meter/audio-meter.js';
import './components/device-select/device-select.js';
import './components/stream-recorder/stream-recorder.js';
import './components/track-list/track-list.js';
import './components/track-toggle/track-toggle.js';

export * from './classes.js';
