/** What `<stream-recorder>` records: `video` (video and audio tracks) or `audio` (audio only). */
export type RecordingKind = 'video' | 'audio';

/**
 * The best each browser records, in order of preference: WebM with VP9 or VP8 and Opus (Chromium,
 * Firefox), then MP4 with H.264 and AAC (Safari), then whatever MP4 the browser makes (Chromium
 * records VP9 and Opus in MP4).
 */
export const DEFAULT_TYPES: Readonly<Record<RecordingKind, readonly string[]>> = {
  video: [
    'video/webm;codecs=vp9,opus',
    'video/webm;codecs=vp8,opus',
    'video/mp4;codecs=avc1,mp4a',
    'video/mp4',
  ],
  audio: ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4'],
};

/**
 * The MIME types of a `type` attribute, in order. Types are separated by spaces or commas, while a
 * comma inside a codecs list (`video/webm;codecs=vp9,opus`) stays in its type: a piece without a
 * `/` continues the type before it.
 */
export function parseTypes(value: string | null | undefined): string[] {
  const types: string[] = [];
  for (const piece of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const last = types.length - 1;
    if (piece.includes('/') || last < 0) types.push(piece);
    else types[last] += types[last].endsWith(';') ? piece : `,${piece}`;
  }
  return types;
}

/** Whether this browser can record at all (SSR and WebKitGTK cannot: no format is supported). */
export function canRecord(): boolean {
  return chooseType([], 'video') !== null || chooseType([], 'audio') !== null;
}

/**
 * The first of `preferred` this browser records, else the best default for `kind`; `null` when it
 * records none of them (or has no MediaRecorder).
 */
export function chooseType(preferred: readonly string[], kind: RecordingKind): string | null {
  if (typeof MediaRecorder === 'undefined' || typeof MediaRecorder.isTypeSupported !== 'function')
    return null;
  const supported = (type: string) => {
    try {
      return MediaRecorder.isTypeSupported(type);
    } catch {
      return false;
    }
  };
  return preferred.find(supported) ?? DEFAULT_TYPES[kind].find(supported) ?? null;
}

const EXTENSIONS: Record<string, string> = {
  'video/webm': 'webm',
  'audio/webm': 'webm',
  'video/mp4': 'mp4',
  'audio/mp4': 'm4a',
  'video/ogg': 'ogv',
  'audio/ogg': 'ogg',
  'video/x-matroska': 'mkv',
  'audio/x-matroska': 'mka',
  'video/quicktime': 'mov',
  'video/3gpp': '3gp',
  'audio/mpeg': 'mp3',
  'audio/aac': 'aac',
  'audio/wav': 'wav',
  'audio/wave': 'wav',
  'audio/x-wav': 'wav',
  'audio/flac': 'flac',
};

/** The container of a MIME type, without parameters: `video/webm;codecs=vp9` → `video/webm`. */
export function containerOf(mimeType: string): string {
  return mimeType.split(';')[0].trim().toLowerCase();
}

/** The file extension for a recording of `mimeType` (`webm`, `mp4`, `m4a`, `ogg`…). */
export function extensionFor(mimeType: string): string {
  const container = containerOf(mimeType);
  const known = EXTENSIONS[container];
  if (known) return known;
  const subtype = container
    .split('/')[1]
    ?.replace(/^x-/, '')
    .replace(/[^a-z0-9]/g, '');
  return subtype || 'bin';
}

/** Whether the container is Matroska/WebM (EBML), whose header gets the duration written in. */
export function isMatroska(mimeType: string): boolean {
  return /^(video|audio)\/(webm|x-matroska)$/.test(containerOf(mimeType));
}
