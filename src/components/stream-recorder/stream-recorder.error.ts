/** Stable codes of {@link StreamRecorderError}. */
export type StreamRecorderErrorCode = 'unsupported' | 'no-stream' | 'recorder';

const MESSAGES: Record<StreamRecorderErrorCode, string> = {
  unsupported:
    'This browser cannot record: it has no MediaRecorder, or records none of the formats asked for.',
  'no-stream':
    'Nothing to record: link <stream-recorder> to a live stream (nest it in a started <media-capture>, or set for= or stream).',
  recorder: 'The browser failed to record (MediaRecorder error): what was recorded is kept.',
};

/** Why `<stream-recorder>` could not record, with a stable `code` to branch on. */
export class StreamRecorderError extends Error {
  override name = 'StreamRecorderError';
  readonly code: StreamRecorderErrorCode;

  constructor(code: StreamRecorderErrorCode, options: { cause?: unknown; message?: string } = {}) {
    super(options.message ?? MESSAGES[code], { cause: options.cause });
    this.code = code;
  }
}
