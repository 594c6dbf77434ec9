import './components/media-capture/media-capture.js';
import './components/stream-mirror/stream-mirror.js';
import './components/track-list/track-list.js';

export * from './classes.js';
