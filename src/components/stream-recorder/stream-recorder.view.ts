import { html, nothing, type TemplateResult } from 'lit';
import { moveFocusTo } from '../../base/focus.js';
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
  return html`<div part="base">
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
 * After a render, with `focused` what had focus before it: where that control went (removed, or
 * disabled because the source stopped), focus moves to the one that replaces it (stop for record,
 * record for stop), else the download link, else the message saying why, else the box — never
 * `<body>`, and visibly (`moveFocusTo` rings a message or the box). Focus left that way on a
 * message or the box moves on to the record button or the download link once one appears (a take
 * the source ended is delivered a moment after its stop button went).
 */
export function keepFocus(
  root: ParentNode,
  state: StreamRecorderState,
  focused: HTMLElement | null | undefined,
): void {
  if (!focused) return;
  const lost = !focused.isConnected || focused.matches(':disabled');
  const parked = focused.matches('[data-focus-moved]:is([part~="message"], [part~="base"])');
  if (!lost && !parked) return;
  const control =
    root.querySelector<HTMLElement>(
      state === 'inactive' ? '[part~="record-button"]:not(:disabled)' : '[part~="stop-button"]',
    ) ?? root.querySelector<HTMLElement>('[part~="download"]');
  const target = lost
    ? (control ??
      root.querySelector<HTMLElement>('[part~="message"]') ??
      root.querySelector<HTMLElement>('[part~="base"]'))
    : control;
  if (target) moveFocusTo(target);
}
