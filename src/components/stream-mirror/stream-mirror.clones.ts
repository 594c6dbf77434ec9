import { onTrackRegistryChange, watchStream } from '../../controllers/track-registry.js';

/**
 * The clones a mirror shows and owns: one per live source track it wants (video, plus audio when
 * `audible`). Clones follow their source's `enabled`; the source itself is never touched.
 */
export class MirrorClones {
  /** Source track → its clone. */
  #clones = new Map<MediaStreamTrack, MediaStreamTrack>();
  #media: MediaStream | null = null;
  #watch?: AbortController;

  constructor(private readonly changed: () => void) {}

  /** The stream of clones the `<video>` plays, or `null`. */
  get media(): MediaStream | null {
    return this.#media;
  }

  /** Whether a live, enabled, unmuted video clone is there to show. */
  get showing(): boolean {
    return [...this.#clones.values()].some(
      (clone) =>
        clone.kind === 'video' && clone.readyState === 'live' && clone.enabled && !clone.muted,
    );
  }

  /** The clones of `source`'s tracks (for tests and snapshot checks). */
  get tracks(): MediaStreamTrack[] {
    return [...this.#clones.values()];
  }

  /** Brings the clones in line with `stream`; returns whether the set of clones changed. */
  sync(stream: MediaStream | null, audible: boolean): boolean {
    const wanted = (stream?.getTracks() ?? []).filter(
      (track) =>
        track.readyState === 'live' &&
        (track.kind === 'video' || (audible && track.kind === 'audio')),
    );
    let changed = false;
    for (const [source, clone] of this.#clones) {
      if (!wanted.includes(source) || clone.readyState === 'ended') {
        clone.stop();
        this.#clones.delete(source);
        changed = true;
      }
    }
    for (const source of wanted) {
      if (this.#clones.has(source)) continue;
      this.#clones.set(source, source.clone());
      changed = true;
    }
    for (const [source, clone] of this.#clones) clone.enabled = source.enabled;
    if (changed) this.#rebuild();
    return changed;
  }

  /** Stops every clone. */
  release(): void {
    this.sync(null, false);
  }

  #rebuild(): void {
    this.#watch?.abort();
    const clones = [...this.#clones.values()];
    this.#media = clones.length ? new MediaStream(clones) : null;
    this.#watch = new AbortController();
    const { signal } = this.#watch;
    for (const clone of clones) {
      for (const type of ['ended', 'mute', 'unmute']) {
        clone.addEventListener(type, this.changed, { signal });
      }
    }
    if (!this.#media) return;
    // App code may stop or disable a clone itself (`mirror.tracks[0].stop()`): the platform fires
    // no event for either, so the clones are part of the registry's once-a-second check.
    signal.addEventListener('abort', watchStream(this.#media), { once: true });
    onTrackRegistryChange((change) => {
      if (change.track && clones.includes(change.track)) this.changed();
    }, signal);
  }
}
