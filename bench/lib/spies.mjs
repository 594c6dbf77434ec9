// Page-side spies, installed by `page.evaluateOnNewDocument` before any page script runs. They see
// every track the page creates (getUserMedia, MediaStreamTrack#clone, MediaStream#clone) and every
// stop(), so a run can count live tracks at its end without holding stopped ones; and, when asked,
// they mark when each step of "camera to screen" happened (same hooks in kit and baseline pages).
export function installSpies({ marks: wantMarks = false } = {}) {
  const live = new Set();
  const stats = { created: 0, stopped: 0, gumCalls: 0 };
  const marks = {};
  const mark = (name) => {
    if (wantMarks && marks[name] === undefined) marks[name] = performance.now();
  };
  const add = (track) => {
    stats.created++;
    live.add(track);
    return track;
  };
  window.__spies = {
    marks,
    stats: () => ({
      ...stats,
      tracked: live.size,
      live: [...live].filter((track) => track.readyState === 'live').length,
    }),
  };

  const getUserMedia = MediaDevices.prototype.getUserMedia;
  MediaDevices.prototype.getUserMedia = function (constraints) {
    stats.gumCalls++;
    mark('getUserMedia');
    return getUserMedia.call(this, constraints).then((stream) => {
      mark('streamResolved');
      stream.getTracks().forEach(add);
      return stream;
    });
  };
  const trackClone = MediaStreamTrack.prototype.clone;
  MediaStreamTrack.prototype.clone = function () {
    mark('clone');
    return add(trackClone.call(this));
  };
  const streamClone = MediaStream.prototype.clone;
  MediaStream.prototype.clone = function () {
    mark('clone');
    const stream = streamClone.call(this);
    stream.getTracks().forEach(add);
    return stream;
  };
  const stop = MediaStreamTrack.prototype.stop;
  MediaStreamTrack.prototype.stop = function () {
    if (live.delete(this)) stats.stopped++;
    return stop.call(this);
  };

  if (wantMarks) {
    const srcObject = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'srcObject');
    Object.defineProperty(HTMLMediaElement.prototype, 'srcObject', {
      ...srcObject,
      set(value) {
        srcObject.set.call(this, value);
        if (value && this instanceof HTMLVideoElement) {
          mark('srcObject');
          this.requestVideoFrameCallback(() => mark('framePresented'));
        }
      },
    });
    document.addEventListener('DOMContentLoaded', () => mark('domContentLoaded'));
    const define = CustomElementRegistry.prototype.define;
    CustomElementRegistry.prototype.define = function (...args) {
      mark('firstDefine');
      return define.apply(this, args);
    };
  }
}
