import { html, nothing, type TemplateResult } from 'lit';
import type { StreamRecorderError } from './stream-recorder.error.js';
import type { StreamRecorderState } from './stream-recorder.events.js';
import { formatTime, isoDuration, isolated } from './stream-recorder.format.js';
import type { StreamRecorderStrings } from './stream-recorder.strings.js';

/** What `<stream-recorder>` shows: its state and the actions its buttons take. */
export interface RecorderView {
  readonly state: StreamRecorderState;
  readonly supported: boolean;
  /** A live track to record is linked. */
  readonly canStart: boolean;
  readonly error: StreamRecorderError | null;
  /** Milliseconds recorded (the running time). */
  readonly duration: number;
  /** The last recording's object URL, or `null` (nothing to download, or recording). */
  readonly download: string | null;
  readonly fileName: string;
  /** The last recording's size, formatted. */
  readonly size: string;
  readonly lastDuration: number;
  readonly texts: StreamRecorderStrings;
  text(key: keyof StreamRecorderStrings, values?: Record<string, string>): string;
  record(): void;
  pause(): void;
  stop(): void;
}

const dot = html`<span class="dot" aria-hidden="true"></span>`;

function renderIdle(view: RecorderView): TemplateResult {
  const { texts } = view;
  const disabled = !view.canStart;
  return html`
    <button
      part="record-button"
      ?disabled=${disabled}
      aria-describedby=${disabled ? 'no-stream' : nothing}
      @click=${view.record}
    >
      ${dot}${texts.record}
    </button>
    ${disabled ? html`<p part="message" id="no-stream">${texts.noStream}</p>` : nothing}
    ${view.error ? html`<p part="message" class="error">${texts.error}</p>` : nothing}
    ${
      view.download
        ? html`<a part="download" href=${view.download} download=${view.fileName}
            >${isolated(texts.download, { time: formatTime(view.lastDuration), size: view.size }, [
              'time',
            ])}</a
          >`
        : nothing
    }
  `;
}

function renderActive(view: RecorderView): TemplateResult {
  const { texts } = view;
  const paused = view.state === 'paused';
  return html`
    <span part="indicator" class=${paused ? 'paused' : 'recording'}
      >${dot}${paused ? texts.paused : texts.recording}</span
    >
    <time part="time" dir="ltr" datetime=${isoDuration(view.duration)}
      >${formatTime(view.duration)}</time
    >
    <button part="pause-button" @click=${view.pause}>${paused ? texts.resume : texts.pause}</button>
    <button part="stop-button" @click=${view.stop}>
      <span class="square" aria-hidden="true"></span>${texts.stop}
    </button>
  `;
}

/** The controls of the current state (unsupported: only the reason). */
export function renderRecorder(view: RecorderView): TemplateResult {
  return html`<div part="base" tabindex="-1">
    ${
      !view.supported
        ? html`<p part="message">${view.texts.unsupported}</p>`
        : view.state === 'inactive'
          ? renderIdle(view)
          : renderActive(view)
    }
  </div>`;
}

/**
 * After the focused control went: focus the one that replaces it (stop for record, record for
 * stop), else the download link, else the box — never `<body>`.
 */
export function refocus(root: ParentNode, state: StreamRecorderState): void {
  const target =
    root.querySelector<HTMLElement>(
      state === 'inactive' ? '[part~="record-button"]:not(:disabled)' : '[part~="stop-button"]',
    ) ??
    root.querySelector<HTMLElement>('[part~="download"]') ??
    root.querySelector<HTMLElement>('[part~="base"]');
  target?.focus();
}
