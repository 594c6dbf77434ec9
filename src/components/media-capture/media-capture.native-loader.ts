import type { ReactiveControllerHost } from 'lit';
import type { NativeCapture, NativeOptions } from './media-capture.native.js';

/** The class of each of the browser's own capture elements, by tag. */
export const NATIVE_CLASSES = {
  usermedia: 'HTMLUserMediaElement',
  camera: 'HTMLCameraElement',
  microphone: 'HTMLMicrophoneElement',
} as const;

/** `auto` only for `"auto"`; anything but `never` (or unset) is also a mistake worth one warning. */
export function nativeMode(value: unknown): { auto: boolean; invalid: boolean } {
  const auto = value === 'auto';
  return { auto, invalid: !auto && value !== 'never' && value != null && value !== '' };
}

/**
 * `native="auto"` as `<media-capture>` holds it: the native element's module (`NativeCapture`) is
 * loaded the first time `auto` is asked for in a browser that has such an element, and never
 * elsewhere; until it is here the kit's button shows and a start asks getUserMedia.
 */
export class NativeLoader {
  #native?: NativeCapture;
  #loading = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: NativeOptions,
  ) {}

  /** After `native` changed: warns of an invalid value, loads the module for `auto`. */
  update(): void {
    const mode = nativeMode(this.options.mode());
    const tag = this.host.localName;
    if (mode.invalid) {
      console.warn(`<${tag}>: native="${this.options.mode()}" is not "never" or "auto": never`);
    }
    const has = Object.values(NATIVE_CLASSES).some(
      (name) => typeof Reflect.get(globalThis, name) === 'function',
    );
    if (!mode.auto || this.#loading || !has) return;
    this.#loading = true;
    import('./media-capture.native.js').then(
      ({ NativeCapture }) => {
        this.#native = new NativeCapture(this.host, this.options);
        this.host.requestUpdate();
      },
      (error: unknown) => console.error(`<${tag}>: the native capture element did not load`, error),
    );
  }

  /** See `NativeCapture.wrap`: `button` alone until the module is here. */
  wrap(button: unknown): unknown {
    return this.#native ? this.#native.wrap(button) : button;
  }

  /** See `NativeCapture.take`. */
  take(): Promise<MediaStream> | undefined {
    return this.#native?.take();
  }
}
