import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { focusCapturePanel } from '../../base/capture-panel.js';
import { keyOf } from '../../controllers/capture-support.js';
import { releaseTracks } from '../../controllers/track-registry.js';
import { NATIVE_CLASSES, nativeMode } from './media-capture.native-loader.js';

/** The browser's own capture elements: `<usermedia>` asks for both kinds, the others for one. */
type NativeTag = 'usermedia' | 'camera' | 'microphone';

/** What the native elements hold (Chromium 156, measured: see TESTING.md). */
type NativeElement = HTMLElement & {
  readonly stream?: MediaStream | null;
  readonly track?: MediaStreamTrack | null;
  readonly error?: DOMException | null;
  setConstraints(constraints: object): void;
};

/**
 * Reasons a native element gives for refusing a click that pass by themselves: the 500 ms after it
 * was inserted or moved. Any other (`invalid style`, `intersection occluded or distorted`,
 * `intersection out of viewport or clipped`) lasts: the kit's button takes its place.
 */
const PASSING = ['being recently attached to layout tree', 'intersection with viewport changed'];

/**
 * A track constraint as the native elements keep it: bare values only (an `ideal` unwrapped), or
 * `null` for what they cannot ask for (`exact`, `min`, `max`, `advanced`): getUserMedia then.
 */
function bare(track: boolean | MediaTrackConstraints | undefined): object | null {
  if (track === true) return {};
  if (!track) return null;
  const set: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(track)) {
    if (name === 'advanced') return null;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) set[name] = value;
    else if (Object.keys(value).every((key) => key === 'ideal')) set[name] = value.ideal;
    else return null;
  }
  return set;
}

/** The native element for `request` and what to hand its `setConstraints`, or `null` for none. */
function nativeFor(request: MediaStreamConstraints): [NativeTag, object] | null {
  const [video, audio] = [bare(request.video), bare(request.audio)];
  const [tag, constraints]: [NativeTag, object | null] =
    request.video && request.audio
      ? ['usermedia', video && audio && { video, audio }]
      : request.video
        ? ['camera', video]
        : ['microphone', audio];
  if (!constraints) return null;
  return typeof (globalThis as Record<string, unknown>)[NATIVE_CLASSES[tag]] === 'function'
    ? [tag, constraints]
    : null;
}

/** What `<media-capture>` tells its native element. */
export interface NativeOptions {
  /** The `native` attribute's value. */
  mode(): unknown;
  /** The request a start would make now; throws `invalid-constraints`. */
  request(): MediaStreamConstraints;
  /** Whether the permission hint for every device of `request` is `granted`. */
  granted(request: MediaStreamConstraints): boolean;
  /** Starts the capture (whose acquire `take()`s the native element's answer). */
  start(): Promise<MediaStream>;
}

/**
 * `native="auto"`: the browser's own capture element (`<usermedia>`, `<camera>`, `<microphone>`)
 * as the start and retry button where the browser has it, the kit's button as its fallback
 * content. A click on it asks the browser; what it answers (a stream, or `cancel` for a dismissal
 * or denial) is handed to the capture as the outcome of a request (`take()`), so every state and
 * event is as with getUserMedia. A click it refuses for a lasting reason (covered, clipped,
 * restyled against its rules) puts the kit's button in its place.
 */
export class NativeCapture implements ReactiveController {
  #current?: { key: string; element: NativeElement };
  /** The keys of requests whose native element refused a click for good. */
  #refused = new Set<string>();
  /** A native element's answer, waiting for the request that takes it. */
  #answer?: Promise<MediaStream>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: NativeOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#current = undefined;
  }

  /**
   * `button` (the kit's start or retry button) as the fallback content of the native element, or
   * `button` alone: with `native` other than `auto`, where the browser has no native element for
   * the request, while the permission is `granted`, or after the element refused a click for good.
   */
  wrap(button: unknown): unknown {
    if (!nativeMode(this.options.mode()).auto) return button;
    let request: MediaStreamConstraints;
    try {
      request = this.options.request();
    } catch {
      return button; // the start button is disabled, with the reason
    }
    if (this.options.granted(request)) return button;
    const native = nativeFor(request);
    const key = `${native?.[0]} ${keyOf(native?.[1])}`;
    if (!native || this.#refused.has(key)) return button;
    if (this.#current?.key !== key) this.#current = { key, element: this.#create(...native, key) };
    render(button, this.#current.element);
    return this.#current.element;
  }

  /** The native element's answer for the request being made now, if one is waiting. */
  take(): Promise<MediaStream> | undefined {
    const answer = this.#answer;
    this.#answer = undefined;
    return answer;
  }

  #create(tag: NativeTag, constraints: object, key: string): NativeElement {
    const element = this.host.ownerDocument.createElement(tag) as NativeElement;
    // Chromium honours only the first call (the issue; measured: none changed the fake camera).
    element.setConstraints(constraints);
    const answered = (answer: Promise<MediaStream>) => {
      if (this.#current?.element === element) this.#current = undefined;
      this.#hand(answer);
    };
    element.addEventListener('stream', () => answered(Promise.resolve(element.stream!)));
    element.addEventListener('track', () =>
      answered(Promise.resolve(new MediaStream([element.track!]))),
    );
    // A dismissal or a denial: `error` holds the NotAllowedError getUserMedia would reject with.
    element.addEventListener('cancel', () =>
      answered(
        Promise.reject(
          element.error ?? new DOMException('Permission dismissed', 'NotAllowedError'),
        ),
      ),
    );
    element.addEventListener('error', () => this.#refusedClick(element, key));
    return element;
  }

  /** Makes the request `answer` is the outcome of; an answer no request took is released. */
  #hand(answer: Promise<MediaStream>): void {
    this.#answer = answer;
    this.options.start().catch(noop); // reported through state and events
    if (this.take() === answer) answer.then((stream) => releaseTracks(stream.getTracks()), noop);
  }

  #refusedClick(element: NativeElement, key: string): void {
    const error = element.error;
    if (error?.name !== 'InvalidStateError') return;
    const reasons = error.message
      .replace(/^.*due to:\s*/, '')
      .replace(/\.$/, '')
      .split(/,\s*/);
    if (reasons.every((reason) => PASSING.includes(reason))) return;
    const root = this.host.shadowRoot;
    const focused = !!root && root.activeElement === element;
    this.#refused.add(key);
    this.#current = undefined;
    this.host.requestUpdate();
    if (focused) void this.host.updateComplete.then(() => focusCapturePanel(root!));
  }
}

const noop = () => {};
