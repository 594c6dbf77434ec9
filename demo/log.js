// Shows the kit's events as they reach the document (they bubble and are composed).
const log = document.getElementById('log');
const types = [
  'media-capture-statechange',
  'media-capture-start',
  'media-capture-stop',
  'media-capture-error',
  'media-capture-permissionchange',
  'stream-change',
  'stream-mirror-ready',
  'stream-mirror-resize',
  'track-list-toggle',
  'track-list-stop',
];

function describe(event) {
  if (event.type === 'media-capture-statechange') return `${event.previous} → ${event.state}`;
  if (event.type === 'media-capture-stop') return `reason ${event.reason}`;
  if (event.type === 'media-capture-error') return `${event.error.code}: ${event.error.message}`;
  if (event.type === 'media-capture-permissionchange') {
    return `camera ${event.permission.camera}, microphone ${event.permission.microphone}`;
  }
  if ('stream' in event) return event.stream ? `stream ${event.stream.id.slice(0, 8)}` : 'null';
  if ('width' in event) return `${event.width}×${event.height}`;
  if ('track' in event) return `${event.track.kind} ${event.track.label}`;
  return '';
}

for (const type of types) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()}  ${type}  ${describe(event)}`;
    log.prepend(item);
  });
}
