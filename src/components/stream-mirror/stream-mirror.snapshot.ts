export interface SnapshotOptions {
  /** Image MIME type for `canvas.toBlob()`; default `image/png`. */
  type?: string;
  /** 0–1, for lossy types (`image/jpeg`, `image/webp`). */
  quality?: number;
  /** Flip horizontally, as the selfie preview shows it; default `false`. */
  mirrored?: boolean;
}

/** A still of `video`'s current frame at its intrinsic (the track's real) resolution. */
export function snapshotVideo(
  video: HTMLVideoElement,
  options: SnapshotOptions = {},
): Promise<Blob> {
  const { videoWidth: width, videoHeight: height } = video;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context)
    return Promise.reject(new Error('<stream-mirror>: this browser gives no 2D canvas.'));
  if (options.mirrored) {
    context.translate(width, 0);
    context.scale(-1, 1);
  }
  context.drawImage(video, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(
              new Error(`<stream-mirror>: the frame could not be encoded as ${options.type}.`),
            ),
      options.type ?? 'image/png',
      options.quality,
    ),
  );
}
