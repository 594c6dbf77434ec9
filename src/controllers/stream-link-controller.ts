import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { sourceContext, streamContext } from '../context.js';
import { onTrackRegistryChange, watchStream, type TrackRegistryChange } from './track-registry.js';

/** An element that consumes a stream: `stream` (property) and `for` (attribute) choose it. */
export interface StreamLinkHost extends ReactiveControllerHost, HTMLElement {
  stream?: MediaStream | null;
  for?: string | null;
}

/**
 * A source element (DESIGN, source protocol): `stream` and `stream-change`, and optionally the
 * methods a control asks it to act through.
 */
export interface StreamSource extends HTMLElement {
  readonly stream: MediaStream | null;
  start?(): Promise<MediaStream>;
  stop?(): void;
  switchDevice?(kind: 'audioinput' | 'videoinput', deviceId: string): Promise<MediaStream>;
}

export interface StreamLinkOptions {
  /**
   * Link to the source element itself (a control: `<device-select>`, `<track-toggle>`), not only
   * to its stream: `for` names the source, else the nearest ancestor source.
   */
  source?: boolean;
  /** The linked stream is now `stream` (a different object from `previous`). */
  streamChanged?(stream: MediaStream | null, previous: MediaStream | null): void;
  /**
   * Something about the current stream's tracks changed: added, removed, ended, muted, unmuted,
   * or switched/stopped through a kit element (the track registry).
   */
  tracksChanged?(stream: MediaStream): void;
  /**
   * Also follow the tracks' settings (app code's `applyConstraints()` fires no event): the
   * registry's once-a-second check tells `tracksChanged` when they change.
   */
  settings?: boolean;
}

interface ContextProviderEventLike extends Event {
  context?: unknown;
  contextTarget?: Element;
}

/** Whether `ancestor` contains `node`, crossing shadow boundaries. */
function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === ancestor) return true;
  }
  return false;
}

/**
 * `value` when it is a MediaStream — by the platform's own check, not `instanceof`: a stream made in
 * another realm (a same-origin iframe) is a stream like any other; an object shaped like one is not.
 */
export function asStream(value: unknown): MediaStream | null {
  if (value === null || typeof value !== 'object') return null;
  try {
    MediaStream.prototype.getTracks.call(value);
    return value as MediaStream;
  } catch {
    return null;
  }
}

function streamOf(source: Element | null): MediaStream | null {
  return asStream((source as { stream?: unknown } | null)?.stream);
}

/**
 * Gives a consumer its stream (DESIGN, Linking): (1) the host's `stream` property unless
 * `undefined` (`null` = nothing); (2) `for`: the source with that id in the host's root, followed
 * through its `stream-change`; (3) the nearest ancestor source, through the Context Community
 * Protocol. Also follows the current stream's tracks, so the host re-renders when they change.
 *
 * Listeners on the root and document live as long as one connection; listeners on the stream
 * and its tracks live as long as that stream is the linked one (a move keeps them).
 */
export class StreamLinkController implements ReactiveController {
  #stream: MediaStream | null = null;
  #fromSource = false;
  #source: StreamSource | null = null;
  #contextStream: MediaStream | null = null;
  #contextSource: StreamSource | null = null;
  #connection?: AbortController;
  #unwatch?: () => void;
  /** The last `stream` value that was not a stream (warned about once). */
  #refused?: unknown;
  readonly #consumers: ContextConsumer<
    typeof streamContext | typeof sourceContext,
    StreamLinkHost
  >[];

  constructor(
    private readonly host: StreamLinkHost,
    private readonly options: StreamLinkOptions = {},
  ) {
    // Added before the consumer, so hostConnected runs before the consumer asks its provider.
    host.addController(this);
    const streamConsumer = new ContextConsumer(host, {
      context: streamContext,
      subscribe: true,
      callback: (value) => {
        this.#contextStream = asStream(value);
        this.refresh();
      },
    });
    const sourceConsumer =
      options.source &&
      new ContextConsumer(host, {
        context: sourceContext,
        subscribe: true,
        callback: (value) => {
          this.#contextSource = (value as StreamSource | null) ?? null;
          this.refresh();
        },
      });
    this.#consumers = sourceConsumer ? [streamConsumer, sourceConsumer] : [streamConsumer];
  }

  /** The linked stream, or `null`. */
  get stream(): MediaStream | null {
    return this.#stream;
  }

  /**
   * Whether the linked stream is a source element's (`for` or the nearest ancestor source), not one
   * given through the `stream` property: that source tells what happens to the stream as a whole.
   */
  get fromSource(): boolean {
    return this.#fromSource;
  }

  /** The linked source element (with the `source` option), or `null`. */
  get source(): StreamSource | null {
    return this.#source;
  }

  hostConnected(): void {
    if (isServer) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    // The consumers, connected next, ask the (maybe new) providers.
    this.#contextStream = this.#contextSource = null;
    const root = this.host.getRootNode();
    // A source with our `for` id that starts, stops or appears later: its stream-change reaches
    // the root whatever the document order.
    root.addEventListener('stream-change', () => this.host.for && this.refresh(), { signal });
    // A control links to the source element itself, idle or not: one with our `for` id added to
    // or removed from the root fires nothing that reaches us.
    if (this.options.source) {
      const observer = new MutationObserver(() => this.host.for && this.refresh());
      observer.observe(root, { childList: true, subtree: true });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    }
    // A source upgraded after this consumer (its provider did not exist when we asked).
    this.host.ownerDocument.addEventListener(
      'context-provider',
      (event) => this.#providerAppeared(event as ContextProviderEventLike),
      { signal },
    );
    onTrackRegistryChange((change) => this.#registryChanged(change), signal);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connection?.abort();
    // A move within the same task (appendChild elsewhere, a framework reordering) is not a removal.
    queueMicrotask(() => this.host.isConnected || this.refresh());
  }

  /** Re-resolves after `stream` or `for` changed. */
  hostUpdate(): void {
    if (!isServer) this.refresh();
  }

  /** Resolves the stream now; calls `streamChanged` when it is a different one. */
  refresh(): void {
    const source = this.host.isConnected && this.options.source ? this.#resolveSource() : null;
    if (source !== this.#source) {
      this.#source = source;
      this.host.requestUpdate();
    }
    const next = this.host.isConnected ? this.#resolve() : null;
    this.#fromSource = !!next && !this.#byProperty;
    if (next === this.#stream) return;
    const previous = this.#stream;
    this.#stream = next;
    this.#watch(next);
    this.options.streamChanged?.(next, previous);
    this.host.requestUpdate();
  }

  /** Whether the host's `stream` property chooses the stream. */
  get #byProperty(): boolean {
    const { stream } = this.host;
    // '' is how Preact and some templating libraries clear a property: linking by `for` or
    // nesting applies, as for `undefined`.
    return stream !== undefined && (stream as unknown) !== '';
  }

  #resolve(): MediaStream | null {
    const { stream, for: id } = this.host;
    if (this.#byProperty) {
      const given = asStream(stream);
      if (!given && stream !== null && stream !== this.#refused) {
        this.#refused = stream;
        console.warn(
          `<${this.host.localName}>: its stream property is not a MediaStream (typeof ${typeof stream}): it links to no stream.`,
        );
      }
      return given;
    }
    if (id) return streamOf(this.#byId(id));
    return this.#source ? streamOf(this.#source) : this.#contextStream;
  }

  #resolveSource(): StreamSource | null {
    const id = this.host.for;
    return id ? (this.#byId(id) as StreamSource | null) : this.#contextSource;
  }

  #byId(id: string): Element | null {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(id) ?? null;
  }

  #providerAppeared(event: ContextProviderEventLike): void {
    if (event.context !== streamContext) return;
    const provider = event.contextTarget ?? (event.composedPath()[0] as Node);
    if (provider === this.host || !composedContains(provider, this.host)) return;
    // No provider above answered (it would have re-parented us and stopped the event): ask again.
    for (const consumer of this.#consumers) {
      consumer.hostDisconnected();
      consumer.hostConnected();
    }
  }

  #registryChanged(change: TrackRegistryChange): void {
    const stream = this.#stream;
    if (!stream) return;
    if (change.stream === stream || (change.track && stream.getTracks().includes(change.track))) {
      this.#tracksChanged();
    }
  }

  #watch(stream: MediaStream | null): void {
    this.#unwatch?.();
    // The registry listens to the stream and its tracks once for every watcher (addtrack,
    // removetrack, ended, mute, unmute) and tells each change through #registryChanged.
    this.#unwatch = stream ? watchStream(stream, { settings: this.options.settings }) : undefined;
  }

  #tracksChanged(): void {
    const stream = this.#stream;
    if (!stream) return;
    this.options.tracksChanged?.(stream);
    this.host.requestUpdate();
  }
}
