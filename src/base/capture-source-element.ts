import { html, isServer, nothing, type TemplateResult } from 'lit';
import { CaptureController } from '../controllers/capture-controller.js';
import type { CaptureOptions } from '../controllers/capture-options.js';
import { MediaCaptureError } from '../errors.js';
import type { MediaCaptureState } from '../events.js';
import { focusCapturePanel, renderCapturePanel, type CapturePanelView } from './capture-panel.js';
import { KitElement } from './kit-element.js';

const STATES: readonly MediaCaptureState[] = [
  'idle',
  'requesting',
  'live',
  'denied',
  'error',
  'unsupported',
];

/** What a source element tells its base: the capture machinery's options and its own texts. */
export interface CaptureSourceOptions<Request> extends Omit<CaptureOptions<Request>, 'committed'> {
  /** Why this browser or page cannot capture (reported once when connected), or `null`. */
  unsupported(): MediaCaptureError | null;
  /** The text for `key` (`start`, `stopped`, a state, an error code) with the source's values. */
  text(key: string): string;
  /** How to re-allow access, shown with a denial (part `help`), or `nothing`. */
  help(): CapturePanelView['help'];
  /** Whether the attributes and properties make a request that can be made. */
  requestable(): boolean;
  /**
   * After every state commit, before the announcement and any event: the source's own upkeep.
   * `previous`: the state the commit before it left.
   */
  committed?(previous: MediaCaptureState): void;
  /** Connected where capture is supported, with the connection's signal and the element's window. */
  connected?(signal: AbortSignal, view: Window): void;
  /** The start or retry button as the source shows it (the kit's button by default). */
  button?: CapturePanelView['button'];
}

/**
 * What every capture source element shares (`<media-capture>`, `<screen-capture>`): a
 * `CaptureController` behind `stream`, `state`, `error`, `start()` and `stop()`; the `state`
 * attribute and custom state; one announcement per state change; release on `pagehide`; the
 * built-in panel, with focus kept in it across state changes. An element holds only what is its
 * own: how it asks, its attributes, its texts.
 */
export abstract class CaptureSourceElement<
  Strings extends object,
  Request,
> extends KitElement<Strings> {
  #capture!: CaptureController<Request>;
  #source!: CaptureSourceOptions<Request>;
  #connection?: AbortController;
  /** The state and error last announced: a commit that changes neither says nothing. */
  #announced: [MediaCaptureState, MediaCaptureError | null] = ['idle', null];
  #focusPanel = false;

  /** The live stream, or `null`. */
  get stream(): MediaStream | null {
    return this.#capture.stream;
  }

  /** `idle`, `requesting`, `live`, `denied`, `error` or `unsupported`. */
  get state(): MediaCaptureState {
    return this.#capture.state;
  }

  /** Why the last request or capture failed, or `null`. */
  get error(): MediaCaptureError | null {
    return this.#capture.error;
  }

  /**
   * Requests capture (or, while requesting, returns the pending request; while live with the same
   * constraints, the current stream). Rejects with a `MediaCaptureError`.
   */
  start(): Promise<MediaStream> {
    // Outside the document nothing would ever release what a request brings: nothing is asked.
    if (!isServer && !this.isConnected) {
      const unsupported = this.#source.unsupported();
      if (unsupported) this.#capture.unsupported(unsupported);
      return Promise.reject(
        unsupported ??
          new MediaCaptureError('aborted', {
            message: `<${this.localName}> is not in the document: start() it once it is connected.`,
          }),
      );
    }
    return this.#capture.start();
  }

  /** Releases every track and returns to `idle`; supersedes a pending request. */
  stop(): void {
    this.#capture.stop();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    // The window of the document the element is in now: moved into a same-origin iframe that is
    // then removed, it hears that iframe's pagehide and releases.
    const view = this.ownerDocument.defaultView ?? window;
    view.addEventListener('pagehide', () => this.stop(), { signal });
    this.#committed();
    const unsupported = this.#source.unsupported();
    if (unsupported) this.#capture.unsupported(unsupported);
    else this.#source.connected?.(signal, view);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
  }

  /** Hosts the capture machinery; called once, from the element's own field initializer. */
  protected hostCapture(source: CaptureSourceOptions<Request>): CaptureController<Request> {
    this.#source = source;
    return (this.#capture = new CaptureController<Request>(this, {
      ...source,
      committed: () => this.#committed(),
    }));
  }

  protected override updated(): void {
    // After a state change with focus in the panel, or the focused start button disabled by an
    // invalid attribute (no state change): focus what replaces it, never <body>.
    const disabled = !!this.shadowRoot?.activeElement?.matches(':disabled');
    if (!this.#focusPanel && !disabled) return;
    this.#focusPanel = false;
    focusCapturePanel(this.renderRoot);
  }

  /** After every state commit, before any event: attribute, custom state, announcement. */
  #committed(): void {
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    this.setOneState(STATES, state);
    this.#source.committed?.(this.#announced[0]);
    // The panel shows the state and the error: a commit that changed neither (a device switch,
    // a superseded request) renders and says nothing.
    if (state === this.#announced[0] && this.error === this.#announced[1]) return;
    this.#announced = [state, this.error];
    const key =
      state === 'idle'
        ? (this.#capture.refusal?.code ?? 'stopped')
        : state === 'requesting' || state === 'live'
          ? state
          : (this.error?.code ?? 'unknown');
    this.announce(() => this.#source.text(key));
    this.#focusPanel = !!this.shadowRoot?.activeElement;
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const source = this.#source;
    return html`
      ${this.renderLiveRegion()}
      <div part="panel">
        ${renderCapturePanel({
          state: this.state,
          error: this.error,
          text: (key) => source.text(key),
          misconfigured: this.state === 'idle' && !source.requestable(),
          help: this.state === 'denied' ? source.help() : nothing,
          start: () => void this.start().catch(() => {}), // shown through state
          stop: () => this.stop(),
          button: source.button,
        })}
      </div>
      <slot></slot>
    `;
  }
}
