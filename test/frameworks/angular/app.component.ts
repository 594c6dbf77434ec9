// Angular: CUSTOM_ELEMENTS_SCHEMA; attributes as written or `[attr.name]`, properties with
// `[name]` (always a property, defined or not), events with `(event-name)`, `$event` typed from the
// kit's GlobalEventHandlersEventMap entries. Compiled ahead of time by ngc (strictTemplates).
import { Component, CUSTOM_ELEMENTS_SCHEMA, input } from '@angular/core';
import type { AppProps } from '../app.js';

@Component({
  selector: 'conformance-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <media-capture
      video
      facing-mode="user"
      [attr.width]="width()"
      [constraints]="constraints()"
      (media-capture-statechange)="report('media-capture-statechange', $event, $event.state)"
      (stream-change)="report('stream-change', $event, $event.stream)"
      (media-capture-start)="report('media-capture-start', $event, $event.stream)"
      (media-capture-stop)="report('media-capture-stop', $event, $event.reason)"
      (media-capture-error)="report('media-capture-error', $event, $event.error.code)"
      (media-capture-permissionchange)="
        report('media-capture-permissionchange', $event, $event.permission.camera)
      "
    >
      <stream-mirror
        mirrored
        (stream-mirror-ready)="report('stream-mirror-ready', $event, $event.width)"
        (stream-mirror-resize)="report('stream-mirror-resize', $event, $event.width)"
      ></stream-mirror>
      <track-list
        (track-list-toggle)="report('track-list-toggle', $event, $event.enabled)"
        (track-list-stop)="report('track-list-stop', $event, $event.track.kind)"
      ></track-list>
    </media-capture>
    <track-list id="by-property" [stream]="listStream()"></track-list>
  `,
})
export class AppComponent {
  readonly constraints = input<AppProps['constraints']>();
  readonly width = input<AppProps['width']>();
  readonly listStream = input<AppProps['listStream']>();
  readonly log = input.required<AppProps['log']>();

  report(name: string, event: Event, field: unknown): void {
    this.log()(name, event, field);
  }
}
