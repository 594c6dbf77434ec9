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
      (media-capture-devicechange)="report('media-capture-devicechange', $event, $event.kind)"
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
      <device-select
        kind="audioinput"
        (device-select-change)="report('device-select-change', $event, $event.deviceId)"
        (device-select-fallback)="report('device-select-fallback', $event, $event.previous)"
      >
      </device-select>
      <track-toggle
        kind="video"
        (track-toggle-change)="report('track-toggle-change', $event, $event.enabled)"
        (track-toggle-speakingwhilemuted)="
          report('track-toggle-speakingwhilemuted', $event, $event.track.kind)
        "
      >
      </track-toggle>
      <audio-meter
        (audio-meter-speakingchange)="report('audio-meter-speakingchange', $event, $event.speaking)"
        (audio-meter-nosignal)="report('audio-meter-nosignal', $event, $event.track.kind)"
      >
      </audio-meter>
      <stream-recorder
        (stream-recorder-start)="report('stream-recorder-start', $event, $event.mimeType)"
        (stream-recorder-pause)="report('stream-recorder-pause', $event, $event.type)"
        (stream-recorder-resume)="report('stream-recorder-resume', $event, $event.type)"
        (stream-recorder-data)="report('stream-recorder-data', $event, $event.blob.size)"
        (stream-recorder-stop)="report('stream-recorder-stop', $event, $event.reason)"
        (stream-recorder-error)="report('stream-recorder-error', $event, $event.error.code)"
      >
      </stream-recorder>
    </media-capture>
    <screen-capture
      (screen-capture-statechange)="report('screen-capture-statechange', $event, $event.state)"
      (stream-change)="report('stream-change', $event, $event.stream)"
      (screen-capture-start)="report('screen-capture-start', $event, $event.stream)"
      (screen-capture-stop)="report('screen-capture-stop', $event, $event.reason)"
      (screen-capture-error)="report('screen-capture-error', $event, $event.error.code)"
    >
      <stream-mirror></stream-mirror>
    </screen-capture>
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
