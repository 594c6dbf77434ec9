import { ContextConsumer } from '@lit/context';
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { streamContext } from '../context.js';
import { onTrackRegistryChange, watchStream, type TrackRegistryChange } from './track-registry.js';

/** An element that consumes a stream: `stream` (property) and `for` (attribute) choose it. */
export interface StreamLinkHost extends ReactiveControllerHost, HTMLElement {
  stream?: MediaStream | null;
  for?: string | null;
}

export interface StreamLinkOptions {
  /** The linked stream is now `stream` (a different object from `previous`). */
  streamChanged?(stream: MediaStream | null, previous: MediaStream | null): void;
  /**
   * Something about the current stream's tracks changed: added, removed, ended, muted, unmuted,
   * or switched/stopped through a kit element (the track registry).
   */
  tracksChanged?(stream: MediaStream): void;
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

function streamOf(source: Element | null): MediaStream | null {
  const stream = (source as { stream?: unknown } | null)?.stream;
  return stream instanceof MediaStream ? stream : null;
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
  #contextStream: MediaStream | null = null;
  #connection?: AbortController;
  #streamWatch?: AbortController;
  #trackWatch?: AbortController;
  readonly #consumer: ContextConsumer<typeof streamContext, StreamLinkHost>;

  constructor(
    private readonly host: StreamLinkHost,
    private readonly options: StreamLinkOptions = {},
  ) {
    // Added before the consumer, so hostConnected runs before the consumer asks its provider.
    host.addController(this);
    this.#consumer = new ContextConsumer(host, {
      context: streamContext,
      subscribe: true,
      callback: (value) => {
        this.#contextStream = value instanceof MediaStream ? value : null;
        this.refresh();
      },
    });
  }

  /** The linked stream, or `null`. */
  get stream(): MediaStream | null {
    return this.#stream;
  }

  hostConnected(): void {
    if (isServer) return;
    this.#connection = new AbortController();
    const { signal } = this.#connection;
    this.#contextStream = null; // the consumer, connected next, asks the (maybe new) provider
    const root = this.host.getRootNode();
    // A source with our `for` id that starts, stops or appears later: its stream-change reaches
    // the root whatever the document order.
    root.addEventListener('stream-change', () => this.host.for && this.refresh(), { signal });
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
    const next = this.host.isConnected ? this.#resolve() : null;
    if (next === this.#stream) return;
    const previous = this.#stream;
    this.#stream = next;
    this.#watch(next);
    this.options.streamChanged?.(next, previous);
    this.host.requestUpdate();
  }

  #resolve(): MediaStream | null {
    const { stream, for: id } = this.host;
    // '' is how Preact and some templating libraries clear a property: linking by `for` or
    // nesting applies, as for `undefined`.
    if (stream !== undefined && (stream as unknown) !== '') {
      return stream instanceof MediaStream ? stream : null;
    }
    if (id) {
      const root = this.host.getRootNode() as Document | ShadowRoot;
      return streamOf(root.getElementById?.(id) ?? null);
    }
    return this.#contextStream;
  }

  #providerAppeared(event: ContextProviderEventLike): void {
    if (event.context !== streamContext) return;
    const provider = event.contextTarget ?? (event.composedPath()[0] as Node);
    if (provider === this.host || !composedContains(provider, this.host)) return;
    // No provider above answered (it would have re-parented us and stopped the event): ask again.
    this.#consumer.hostDisconnected();
    this.#consumer.hostConnected();
  }

  #registryChanged(change: TrackRegistryChange): void {
    const stream = this.#stream;
    if (!stream) return;
    if (change.stream === stream || (change.track && stream.getTracks().includes(change.track))) {
      this.#tracksChanged();
    }
  }

  #watch(stream: MediaStream | null): void {
    this.#streamWatch?.abort();
    this.#trackWatch?.abort();
    this.#streamWatch = this.#trackWatch = undefined;
    if (!stream) return;
    this.#streamWatch = new AbortController();
    const { signal } = this.#streamWatch;
    watchStream(stream, signal);
    stream.addEventListener('addtrack', () => this.#tracksChanged(), { signal });
    stream.addEventListener('removetrack', () => this.#tracksChanged(), { signal });
    this.#watchTracks(stream);
  }

  #watchTracks(stream: MediaStream): void {
    this.#trackWatch?.abort();
    this.#trackWatch = new AbortController();
    const { signal } = this.#trackWatch;
    const changed = () => this.#tracksChanged();
    for (const track of stream.getTracks()) {
      for (const type of ['ended', 'mute', 'unmute']) {
        track.addEventListener(type, changed, { signal });
      }
    }
  }

  #tracksChanged(): void {
    const stream = this.#stream;
    if (!stream) return;
    this.#watchTracks(stream);
    this.options.tracksChanged?.(stream);
    this.host.requestUpdate();
  }
}
