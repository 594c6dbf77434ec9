import { ContextProvider } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { sourceContext, streamContext } from '../context.js';

/**
 * The source protocol (DESIGN, Linking): a `stream`, a `stream-change` whenever it changes, and a
 * context provider for it — plus a provider of the source element itself, so controls nested in
 * it can ask it to act (`switchDevice`, `start`, `stop`).
 */
export class StreamSourceController {
  #stream: MediaStream | null = null;
  readonly #streamProvider: ContextProvider<typeof streamContext>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#streamProvider = new ContextProvider(host, {
      context: streamContext,
      initialValue: null,
    });
    new ContextProvider(host, { context: sourceContext, initialValue: host });
  }

  get stream(): MediaStream | null {
    return this.#stream;
  }

  /** Makes `stream` current for context consumers (the host fires `stream-change` itself). */
  set(stream: MediaStream | null): void {
    this.#stream = stream;
    this.#streamProvider.setValue(stream);
  }
}
