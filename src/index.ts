import './components/audio-meter/audio-meter.js';
import './components/device-select/device-select.js';
import './components/media-capture/media-capture.js';
import './components/screen-capture/screen-capture.js';
import './components/stream-mirror/stream-mirror.js';
import './components/stream-recorder/stream-recorder.js';
import './components/track-list/track-list.js';
import './components/track-toggle/track-toggle.js';

export * from './classes.js';
