// <track-toggle> placed inside or beside a <media-capture>, and read the way a user meets it.
import { html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { TrackToggleElement } from '../../src/index.js';
import { liveCapture, part } from '../fixtures/index.js';

/** A started capture (camera and microphone unless `template` says otherwise) with a toggle inside. */
export async function liveToggle(
  template: TemplateResult = html`<media-capture video audio
    ><track-toggle></track-toggle
  ></media-capture>`,
) {
  const { root, capture, stream } = await liveCapture(template);
  const toggle = root.querySelector('track-toggle')!;
  await toggle.updateComplete;
  return { root, capture, stream, toggle };
}

/** The toggle's native button. */
export const button = (toggle: TrackToggleElement) => part<HTMLButtonElement>(toggle, 'button')!;

/** What the button says: visible label, pressed state, description. */
export function read(toggle: TrackToggleElement) {
  const b = button(toggle);
  return {
    label: part(toggle, 'label')!.textContent!.trim(),
    pressed: b.getAttribute('aria-pressed'),
    disabled: b.getAttribute('aria-disabled') === 'true',
    description: toggle.shadowRoot!.getElementById('description')!.textContent!.trim(),
    struck: toggle.shadowRoot!.querySelector('[part~="icon"] .slash') instanceof SVGElement,
  };
}

/** Clicks the button and waits for the toggle (and its source) to settle. */
export async function press(toggle: TrackToggleElement) {
  button(toggle).click();
  await toggle.updateComplete;
}

export { inState } from '../audio-meter/meter.js';
