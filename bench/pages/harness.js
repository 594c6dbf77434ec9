// Shared page-side helpers for the bench pages (kit and baseline alike). Every page loads
// /boot.js first, which defines `window.__done` (a promise) and `window.__finish(result)`.

/** Counts requestVideoFrameCallback callbacks on each video for `ms`; one count per video. */
export function countFrames(videos, ms) {
  return new Promise((resolve) => {
    const counts = videos.map(() => 0);
    let counting = true;
    videos.forEach((video, index) => {
      const onFrame = () => {
        if (!counting) return;
        counts[index]++;
        video.requestVideoFrameCallback(onFrame);
      };
      video.requestVideoFrameCallback(onFrame);
    });
    const start = performance.now();
    setTimeout(() => {
      counting = false;
      resolve({ counts, ms: performance.now() - start });
    }, ms);
  });
}

/** Resolves with performance.now() when `video` presents its next frame. */
export function nextFrame(video) {
  return new Promise((resolve) =>
    video.requestVideoFrameCallback(() => resolve(performance.now())),
  );
}

/** `640×480 · 20 fps` or `48 kHz mono`, as a track list would show the settings. */
export function settingsText(track) {
  const s = track.getSettings();
  if (track.kind === 'video') {
    return [
      s.width && s.height ? `${s.width}×${s.height}` : '',
      s.frameRate ? `${Math.round(s.frameRate)} fps` : '',
    ]
      .filter(Boolean)
      .join(' · ');
  }
  const channels = s.channelCount === 1 ? 'mono' : s.channelCount === 2 ? 'stereo' : '';
  return [s.sampleRate ? `${s.sampleRate / 1000} kHz` : '', channels].filter(Boolean).join(' ');
}

const itemTemplate = document.createElement('template');
itemTemplate.innerHTML =
  '<li><span class="label"></span> <span class="state"></span> <span class="settings"></span> ' +
  '<button class="toggle" type="button">On</button> <button class="stop" type="button">Stop</button></li>';

/**
 * The baseline track list: a plain <ul>, one <li> per track (kind, label, live/ended, muted,
 * settings, an enable toggle and a stop button), kept right by the tracks' own events.
 */
export function rawTrackList(ul, stream, { signal } = {}) {
  const render = () => {
    ul.replaceChildren(
      ...stream.getTracks().map((track) => {
        const li = itemTemplate.content.firstElementChild.cloneNode(true);
        const [label, state, settings, toggle, stop] = li.children;
        const name = track.label || (track.kind === 'video' ? 'Camera' : 'Microphone');
        label.textContent = `${track.kind}: ${name}`;
        state.textContent = `${track.readyState}${track.muted ? ' · muted' : ''}`;
        settings.textContent = settingsText(track);
        toggle.setAttribute('aria-pressed', String(track.enabled));
        toggle.setAttribute('aria-label', `${name} enabled`);
        toggle.addEventListener('click', () => {
          track.enabled = !track.enabled;
          render();
        });
        stop.setAttribute('aria-label', `Stop ${name}`);
        stop.addEventListener('click', () => {
          track.stop();
          render();
        });
        return li;
      }),
    );
  };
  for (const track of stream.getTracks()) {
    for (const type of ['ended', 'mute', 'unmute'])
      track.addEventListener(type, render, { signal });
  }
  stream.addEventListener('addtrack', render, { signal });
  stream.addEventListener('removetrack', render, { signal });
  render();
  return ul;
}

/** The shadow-root video of each `<stream-mirror>` under `root`. */
export function mirrorVideos(root = document) {
  return [...root.querySelectorAll('stream-mirror')].map((mirror) =>
    mirror.shadowRoot?.querySelector('video'),
  );
}

/** How many items each `<track-list>` under `root` renders. */
export function trackListItems(root = document) {
  return [...root.querySelectorAll('track-list')].map(
    (list) => list.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0,
  );
}

/**
 * `n` `<track-list>`s parsed into `box` (so they upgrade), each given `stream`, rendered
 * (updateComplete) and laid out: the time it took and how many items each rendered.
 */
export async function renderTrackLists(box, stream, n) {
  const start = performance.now();
  box.innerHTML = '<track-list></track-list>'.repeat(n);
  const lists = [...box.children];
  for (const list of lists) list.stream = stream;
  for (const list of lists) while (!(await list.updateComplete));
  box.getBoundingClientRect(); // style and layout
  const ms = performance.now() - start;
  const items = trackListItems(box);
  return { ms, lists: lists.length, tracks: stream.getTracks().length, items };
}

/** Resolves after `count` `type` events reached `target`, or rejects after `ms`. */
export function events(target, type, count = 1, ms = 15000) {
  return new Promise((resolve, reject) => {
    const seen = [];
    const timer = setTimeout(
      () => reject(new Error(`${seen.length}/${count} ${type} in ${ms} ms`)),
      ms,
    );
    target.addEventListener(type, function listener(event) {
      seen.push(event);
      if (seen.length < count) return;
      target.removeEventListener(type, listener);
      clearTimeout(timer);
      resolve(seen);
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the page has rendered two frames (what the last action drew is on screen) and
 * `ms` more have passed.
 */
export const settled = (ms = 0) =>
  new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, ms))),
  );
