import { html, nothing, type TemplateResult } from 'lit';
import type { MediaCaptureError } from '../errors.js';
import type { MediaCaptureState } from '../events.js';
import { moveFocusTo } from './focus.js';

/** What a capture source (`<media-capture>`, `<screen-capture>`) shows in its built-in panel. */
export interface CapturePanelView {
  readonly state: MediaCaptureState;
  readonly error: MediaCaptureError | null;
  /** The source's text for a key: `start`, `stop`, `retry`, `requesting`, an error code… */
  text(key: string): string;
  /** The request cannot be made as configured: the start button is disabled, with the reason. */
  readonly misconfigured: boolean;
  /** How to re-allow access, shown with a denial (part `help`), or `nothing`. */
  readonly help: TemplateResult | string | typeof nothing;
  start(): void;
  stop(): void;
  /** The start or retry button as the source shows it (`<media-capture native="auto">`). */
  button?(button: TemplateResult): unknown;
}

const message = (text: string) => html`<p part="message" tabindex="-1">${text}</p>`;

function retry(view: CapturePanelView): unknown {
  return shown(
    view,
    html`<button part="retry-button" @click=${view.start}>${view.text('retry')}</button>`,
  );
}

const shown = (view: CapturePanelView, button: TemplateResult) => view.button?.(button) ?? button;

/** The browser's own capture elements a source may show as its button (Chromium). */
const NATIVE = 'usermedia, camera, microphone';
/** What takes focus in a block, the kit's or a page's. */
const FOCUSABLE =
  'button:not(:disabled), a[href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * The panel of a capture source's state, each block replaceable by its named slot: a start
 * button (idle), the waiting text (requesting), a stop button (live), what was denied and how to
 * re-allow it (denied), what went wrong (error), why not (unsupported). A retry button only where
 * a user action can help.
 */
export function renderCapturePanel(view: CapturePanelView): TemplateResult {
  const { error } = view;
  switch (view.state) {
    case 'idle': {
      // A button that cannot work is not offered: disabled, the plain reason its description.
      const start = html`<button
        part="start-button"
        ?disabled=${view.misconfigured}
        aria-describedby=${view.misconfigured ? 'misconfigured' : nothing}
        @click=${view.start}
      >
        ${view.text('start')}
      </button>`;
      return html`<slot name="idle"
        >${view.misconfigured ? start : shown(view, start)}
        ${
          view.misconfigured
            ? html`<p part="message" id="misconfigured" tabindex="-1">
                ${view.text('invalid-constraints')}
              </p>`
            : nothing
        }</slot
      >`;
    }
    case 'requesting':
      return html`<slot name="requesting">${message(view.text('requesting'))}</slot>`;
    case 'live':
      return html`<slot name="live"
        ><button part="stop-button" @click=${view.stop}>${view.text('stop')}</button></slot
      >`;
    case 'denied':
      return html`<slot name="denied"
        >${message(view.text(error?.code ?? 'permission-denied'))}
        ${view.help === nothing ? nothing : html`<p part="help">${view.help}</p>`}
        ${error?.recoverable === false ? nothing : retry(view)}</slot
      >`;
    case 'error':
      return html`<slot name="error"
        >${message(view.text(error?.code ?? 'unknown'))}
        ${error?.recoverable ? retry(view) : nothing}</slot
      >`;
    case 'unsupported':
      return html`<slot name="unsupported"
        >${message(view.text(error?.code ?? 'unsupported'))}</slot
      >`;
  }
}

/**
 * After a state change that happened while focus was in the panel: focus the control that
 * replaces the focused one, else the new state's message — never `<body>`.
 */
export function focusCapturePanel(root: ParentNode): void {
  const panel = root.querySelector<HTMLElement>('[part~="panel"]');
  if (!panel) return;
  // The state's block, or what the page put in its slot instead (the built-in one is not shown).
  const slotted = panel.querySelector('slot')?.assignedElements({ flatten: true }) ?? [];
  const blocks = slotted.length ? slotted : [panel];
  const find = (selector: string) => {
    for (const block of blocks) {
      const found = block.matches(selector) ? block : block.querySelector(selector);
      if (found) return found as HTMLElement;
    }
    return null;
  };
  moveFocusTo(find(`${NATIVE}, ${FOCUSABLE}`) ?? find('[part~="message"]') ?? panel);
}
