import './components/media-capture/media-capture.js';

export * from './classes.js';
