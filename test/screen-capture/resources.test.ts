import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type {
  MediaCaptureError,
  ScreenCaptureElement,
  StreamMirrorElement,
} from '../../src/index.js';
import { nextTask, once, part, ready } from '../fixtures/index.js';
import { clickPart, openPicker, recordScreen, shareFromClick, useScreen } from './screen.js';

describe('<screen-capture>', () => {
  describe('resources', () => {
    it('stop() ends every shared track and every mirror clone', async () => {
      useScreen();
      const el = await fixture<ScreenCaptureElement>(
        html`<screen-capture audio><stream-mirror audible></stream-mirror></screen-capture>`,
      );
      const mirror = el.querySelector<StreamMirrorElement>('stream-mirror')!;
      const shown = ready(mirror);
      const stream = await shareFromClick(el);
      await shown;
      const clones = mirror.tracks;
      expect(clones.length).to.be.greaterThan(0);
      el.stop();
      await mirror.updateComplete;
      expect(stream.getTracks().map((t) => t.readyState)).to.deep.equal(
        stream.getTracks().map(() => 'ended'),
      );
      expect(clones.every((clone) => clone.readyState === 'ended')).to.be.true;
      expect(mirror.tracks).to.deep.equal([]);
    });

    it('removal while sharing releases: stop (disconnect), stream-change null, tracks ended', async () => {
      useScreen();
      const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
      const stream = await shareFromClick(el);
      const { texts } = recordScreen(el);
      el.remove();
      await nextTask();
      expect(texts).to.deep.equal(['stop disconnect', 'stream-change null']);
      expect(el.state).to.equal('idle');
      expect(stream.getTracks().every((t) => t.readyState === 'ended')).to.be.true;
    });

    it('a move within the same task keeps sharing', async () => {
      useScreen();
      const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
      const stream = await shareFromClick(el);
      const other = document.createElement('div');
      el.parentElement!.append(other);
      other.append(el);
      await nextTask();
      expect(el.state).to.equal('live');
      expect(stream.getTracks().every((t) => t.readyState === 'live')).to.be.true;
      el.stop();
    });

    it('stop() while the picker is open: start() rejects aborted; a late choice is released', async () => {
      const choose = openPicker(); // a picker nobody answers: the fake UI answers at once
      const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
      const requesting = once(el, 'screen-capture-statechange');
      await clickPart(el, 'start-button');
      await requesting;
      const pending = el.start(); // while requesting: the same request, no gesture needed
      const { texts } = recordScreen(el);
      el.stop();
      const error = (await pending.catch((e: unknown) => e)) as MediaCaptureError;
      expect(error.code).to.equal('aborted');
      choose(); // the user picks a screen after all: its track is stopped (the after-each check)
      await nextTask();
      expect(texts).to.deep.equal(['statechange requesting→idle']);
      expect(el.stream).to.equal(null);
      await el.updateComplete;
      expect(part(el, 'start-button')).to.exist;
    });

    it('pagehide releases', async () => {
      useScreen();
      const el = await fixture<ScreenCaptureElement>(html`<screen-capture></screen-capture>`);
      const stream = await shareFromClick(el);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      expect(el.state).to.equal('idle');
      expect(stream.getTracks().every((t) => t.readyState === 'ended')).to.be.true;
    });
  });
});
