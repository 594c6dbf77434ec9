import { extensionFor } from './stream-recorder.formats.js';
import type { Recording } from './stream-recorder.session.js';

/** The last finished recording, its file name, and its object URL (made when first shown). */
export class LastTake {
  recording: Recording | null = null;
  fileName = '';
  #url: string | null = null;

  /** Keeps `recording`, named `baseName` plus its container's extension. */
  set(recording: Recording, baseName: string): void {
    this.release();
    this.recording = recording;
    this.fileName = `${baseName}.${extensionFor(recording.mimeType)}`;
  }

  /** The object URL to download it from, or `null` when there is nothing to download. */
  url(): string | null {
    const blob = this.recording?.blob;
    if (!blob?.size) return null;
    return (this.#url ??= URL.createObjectURL(blob));
  }

  /** Revokes the object URL (it is made again when shown again). */
  release(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = null;
  }
}
