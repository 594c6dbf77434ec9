import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';

/** Messages said within this long of the first of a batch are said together. */
const BATCH_MS = 500;
/** Longest wait for a frame before the first message (a hidden page renders none). */
const FRAME_WAIT_MS = 100;

interface Message {
  readonly id: number;
  readonly key: string;
  /** The text, or what makes it once it can be said in the element's language. */
  text: string | (() => string);
}

/** Calls `callback` once a frame has been produced, or after `FRAME_WAIT_MS` at most. */
function afterNextFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => requestAnimationFrame(run));
  setTimeout(run, FRAME_WAIT_MS);
}

/**
 * A polite live region that says every message once, and each one again when it is said again.
 * Screen readers speak what is added to a region, so:
 * - every message is a new node, even one with the same text as the last (a repeat is heard);
 * - messages said within a short batch are kept side by side instead of replacing each other
 *   (several changes a few ms apart are all heard); a newer message with the same `key` (the same
 *   track, the element's own state) replaces an older one already in the region, which is no
 *   longer true — one not yet rendered (said in the same task) stays, so that it is heard too;
 * - the region is rendered empty first, and messages said before it was rendered arrive once a
 *   frame has shown it (a region created already holding its text is not announced).
 */
export class LiveRegionController implements ReactiveController {
  #messages: Message[] = [];
  #nextId = 0;
  /** The newest message the region has rendered: it and older ones have been heard. */
  #heard = 0;
  #batchEnd = 0;
  /** `render()` was part of an update: the region is in the DOM. */
  #drawn = false;
  #rendered = false;
  /** Messages said before the region was rendered wait until a frame has shown it. */
  #held = false;

  /** `waiting()`: the element's texts are not here yet (its translation loading): say nothing. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly waiting: () => boolean = () => false,
  ) {
    host.addController(this);
  }

  /**
   * Says `text` (or what it makes, once the element's texts are here); a message with the same
   * `key` already in the region is replaced.
   */
  say(text: string | (() => string), key: string): void {
    const now = performance.now();
    const unheard = (message: Message) => message.id > this.#heard;
    if (now > this.#batchEnd) {
      this.#messages = this.#messages.filter(unheard);
      this.#batchEnd = now + BATCH_MS;
    }
    this.#messages = this.#messages.filter((message) => message.key !== key || unheard(message));
    this.#messages.push({ id: ++this.#nextId, key, text });
    if (!this.#rendered) this.#held = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.#rendered || !this.#drawn) return;
    this.#rendered = true;
    if (!this.#held) return;
    afterNextFrame(() => {
      this.#held = false;
      this.host.requestUpdate();
    });
  }

  /** The region (part `status`), to render in every state of the host. */
  render(): TemplateResult {
    this.#drawn = true;
    // Held while the region is not shown yet, and while the texts' language is on its way (the
    // element renders again when it arrives): a message is made, once, when it can be said.
    const held = this.#held || this.waiting();
    if (!held) {
      this.#heard = this.#nextId;
      for (const message of this.#messages) {
        if (typeof message.text === 'function') message.text = message.text();
      }
    }
    return html`<div part="status" role="status" aria-live="polite" class="visually-hidden">
      ${repeat(
        held ? [] : this.#messages,
        (message) => message.id,
        (message) => html`<span>${message.text} </span>`,
      )}
    </div>`;
  }
}
