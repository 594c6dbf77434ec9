import { isServer, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { claim } from '../controllers/told.js';
import { defineElement } from './define.js';
import { fill, type TextValue } from './fill.js';
import {
  languageChanges,
  nearestLang,
  translated,
  translationPending,
  watchLanguage,
} from './language.js';
import { LiveRegionController } from './live-region.js';

export { fill };

/**
 * What every kit element shares: an idempotent `define()`, custom states, `moveBefore()` support,
 * and its texts (`strings` merged over the defaults, placeholders filled literally). An element
 * holds only what is its own.
 */
export abstract class KitElement<Strings extends object = object> extends LitElement {
  /** The tag `define()` uses when given none. */
  static tagName: string;

  /**
   * Defines the element as `tag` (once; a second call or a second copy of the kit is a no-op).
   */
  static define(tag: string = this.tagName, registry?: CustomElementRegistry): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  /** The built-in texts (English); `strings` is merged over them. */
  protected abstract readonly defaultStrings: Strings;

  #internals = this.attachInternals();
  // Nothing is said while the element's translation is on its way: said then, it would be English.
  #region = new LiveRegionController(this, () => translationPending(this.locale));

  /**
   * Replacements for built-in texts, merged over the defaults. A member that is `undefined` or not
   * a string keeps the default.
   */
  @property({ attribute: false }) strings: Partial<Strings> = {};

  /** `moveBefore()` keeps the element connected: nothing to release or restart. */
  connectedMoveCallback(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLanguage(this, false);
  }

  /**
   * The language texts are shown in: the nearest `lang` (the element's, an ancestor's, across
   * shadow roots), `en` when none is set.
   */
  protected get locale(): string {
    return (!isServer && nearestLang(this)) || 'en';
  }

  /**
   * Every text: the defaults (English), under the translation for the element's language (shipped
   * or registered), under `strings`; members that are not strings are left out.
   */
  protected get texts(): Strings {
    return this.#merged(this.locale);
  }

  /** The text for `key`, with `{placeholders}` filled literally and numbers written in the language. */
  protected text(key: keyof Strings, values?: Record<string, TextValue>): string {
    const locale = this.locale;
    return fill(String(this.#merged(locale)[key]), values, locale);
  }

  #cached?: { key: unknown[]; texts: Strings };

  /** The texts in `locale`, merged once for the texts a render reads (until a microtask). */
  #merged(locale: string): Strings {
    const key = [locale, this.strings, languageChanges()];
    if (this.#cached?.key.every((part, i) => part === key[i])) return this.#cached.texts;
    const texts = { ...this.defaultStrings };
    const tag = (this.constructor as typeof KitElement).tagName;
    const layers = [isServer ? {} : translated(locale, tag), this.strings ?? {}];
    for (const [name, value] of layers.flatMap((layer) => Object.entries(layer))) {
      if (typeof value === 'string' && Object.hasOwn(texts, name)) {
        (texts as Record<string, string>)[name] = value;
      }
    }
    if (!isServer) {
      this.#cached = { key, texts };
      queueMicrotask(() => (this.#cached = undefined));
    }
    return texts;
  }

  /**
   * Says `text` once through the element's live region (`renderLiveRegion()`), as
   * `LiveRegionController` does: a repeat of the same text is announced again, quick successive
   * ones are all heard, and text said before the first render waits until the region is in the
   * page (a region created already holding its text is not announced). `key` names what the text
   * is about (a track's id): a newer text about the same thing replaces an older one already
   * said, which is no longer true. By default every text is about the element itself. `events`
   * name the events in the world the text tells (`trackEvent()`): when another kit element told
   * them all just now, it is not said again. Nothing is said while the element's translation is
   * on its way: a function for `text` makes it then, in the element's language.
   */
  protected announce(text: string | (() => string), key = '', events?: readonly string[]): void {
    if (isServer || !text || (events && !claim(this, events))) return;
    this.#region.say(text, key);
  }

  /** The visually hidden polite live region `announce()` speaks through (part `status`). */
  protected renderLiveRegion(): TemplateResult {
    return this.#region.render();
  }

  /** Turns the custom state `name` (`:state(name)`) on or off. */
  protected setState(name: string, on: boolean): void {
    const states = this.#internals.states;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Chromium before 125 accepts only the `--name` form.
      if (on) states.add(`--${name}`);
      else states.delete(`--${name}`);
    }
  }

  /** Makes `current` the one custom state of `all` that is on. */
  protected setOneState(all: readonly string[], current: string): void {
    for (const name of all) this.setState(name, name === current);
  }
}
