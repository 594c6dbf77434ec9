import type { Translation } from '../translations/translation.js';

/** Texts of one element in one language: by key; only strings count. */
type Texts = Record<string, unknown>;
type Loader = () => Promise<{ default: Translation }>;

/** An element that shows texts: told to render again when its language or a translation changes. */
export interface LanguageHost extends Element {
  requestUpdate(): void;
}

/** Shared by every copy of the kit on the page: registered translations and the elements to tell. */
interface Languages {
  readonly registered: Map<string, Translation[]>;
  readonly hosts: Set<LanguageHost>;
  observer?: MutationObserver;
  /** Counts the changes hosts were told of (a `lang`, a translation loaded or registered). */
  changes?: number;
}

const languages: Languages = ((globalThis as Record<symbol, Languages | undefined>)[
  Symbol.for('mediastream-elements:languages')
] ??= { registered: new Map(), hosts: new Set() });

/** The translations the kit ships, by primary language subtag: each a module of its own. */
const shipped = new Map<string, Loader>([
  ['ar', () => import('../translations/ar.js')],
  ['de', () => import('../translations/de.js')],
  ['es', () => import('../translations/es.js')],
  ['fr', () => import('../translations/fr.js')],
  ['hi', () => import('../translations/hi.js')],
  ['ja', () => import('../translations/ja.js')],
  ['pt', () => import('../translations/pt.js')],
  ['ru', () => import('../translations/ru.js')],
  ['zh', () => import('../translations/zh.js')],
]);
/** Shipped translations asked for: `null` while loading. */
const loaded = new Map<string, Translation | null>();

/**
 * Chinese written in Traditional characters, which the Simplified translation (`zh`) does not
 * serve: English shows instead, unless a page registers one.
 */
const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/;

/** `pt-BR` → `['pt', 'pt-br']`: the tags a text is looked up under, least specific first. */
function candidates(lang: string): string[] {
  const tag = lang.toLowerCase();
  const primary = tag.split('-')[0];
  const all = primary && primary !== tag ? [primary, tag] : [tag];
  return TRADITIONAL.test(tag) ? [tag] : all;
}

function tellHosts(): void {
  languages.changes = (languages.changes ?? 0) + 1;
  for (const host of languages.hosts) host.requestUpdate();
}

/** A number that changes whenever the texts of some language may have changed. */
export const languageChanges = (): number => languages.changes ?? 0;

/** Loads the shipped translation for `tag`'s language once; its elements render again when it arrives. */
function load(tag: string): void {
  const loader = shipped.get(tag);
  if (!loader || loaded.has(tag)) return;
  loaded.set(tag, null);
  loader().then(
    (module) => {
      loaded.set(tag, module.default);
      tellHosts();
    },
    (error: unknown) => {
      console.error(`mediastream-elements: the "${tag}" texts did not load`, error);
      loaded.set(tag, {}); // English, and nothing waits for it any longer
      tellHosts();
    },
  );
}

/**
 * Whether texts in `lang` are still on their way (its shipped translation loading; the load
 * starts here): what is said now would be said in English.
 */
export function translationPending(lang: string): boolean {
  return (
    !!lang &&
    candidates(lang).some((tag) => {
      load(tag);
      return loaded.get(tag) === null;
    })
  );
}

/**
 * The texts of `element` (an element's own tag, like `media-capture`) in `lang`: the shipped
 * translation under the registered ones, the more specific tag (`pt-br`) over its language (`pt`).
 * Starts loading a shipped translation not yet here (English shows until it arrives).
 */
export function translated(lang: string, element: string): Texts {
  const texts: Texts = {};
  for (const tag of lang ? candidates(lang) : []) {
    if (shipped.has(tag)) load(tag);
    const found = [loaded.get(tag), ...(languages.registered.get(tag) ?? [])];
    for (const translation of found) {
      Object.assign(texts, (translation as Record<string, Texts> | null | undefined)?.[element]);
    }
  }
  return texts;
}

/** The language of `element`: its own `lang`, else the nearest ancestor's, across shadow roots. */
export function nearestLang(element: Element): string {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return node.getAttribute('lang')!.trim();
    }
  }
  return '';
}

const LANG_CHANGES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['lang'],
  subtree: true,
};

/**
 * Tells `host` when a `lang` in the document or in a shadow root it is inside changes, or a
 * translation arrives, while connected.
 */
export function watchLanguage(host: LanguageHost, on: boolean): void {
  if (!on) {
    languages.hosts.delete(host);
    return;
  }
  languages.hosts.add(host);
  if (!languages.observer) {
    languages.observer = new MutationObserver(tellHosts);
    languages.observer.observe(document.documentElement, LANG_CHANGES);
  }
  // A subtree observer does not see into shadow roots: each one the host is inside is observed
  // too (observing one again changes nothing).
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    languages.observer.observe(root, LANG_CHANGES);
  }
}

/**
 * Adds texts in `lang` (a BCP 47 tag: `nl`, `pt-BR`) for every element of the kit, by tag:
 * `registerTranslation('nl', { 'media-capture': { start: 'Zet de {devices} aan' } })`. Texts
 * left out show in the shipped translation of the language, if any, else in English; an element's
 * `strings` still win. A later call for the same language adds to it (its texts win). Elements
 * already on the page show the texts at once. Returns whether the translation was taken; a bad
 * argument is reported on the console and changes nothing.
 */
export function registerTranslation(lang: string, translation: Translation): boolean {
  let tag: string;
  try {
    [tag] = Intl.getCanonicalLocales(lang);
    if (typeof lang !== 'string' || !tag) throw new RangeError();
  } catch {
    console.error(
      `registerTranslation: ${JSON.stringify(lang)} is not a language tag (like "nl" or "pt-BR")`,
    );
    return false;
  }
  if (typeof translation !== 'object' || translation === null) {
    console.error(
      `registerTranslation("${tag}"): the translation must be an object of texts by tag`,
    );
    return false;
  }
  const key = tag.toLowerCase();
  languages.registered.set(key, [...(languages.registered.get(key) ?? []), translation]);
  tellHosts();
  return true;
}
