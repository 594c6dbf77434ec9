// @ts-check
// React 19 and Preact, one JSX source compiled for each runtime (jsxImportSource): properties and
// attributes through JSX props, events through `on<event-name>` props. React 19 adds a listener
// for `on…` props of custom elements, the name after `on` kept as is; Preact does the same for an
// `on…` prop that is not a DOM property.

/** @param {import('../app.js').AppProps} props */
export function App({ constraints, width, listStream, log }) {
  return (
    <>
      <media-capture
        video
        facing-mode="user"
        width={width}
        constraints={constraints}
        onmedia-capture-statechange={(e) => log('media-capture-statechange', e, e.state)}
        onstream-change={(e) => log('stream-change', e, e.stream)}
        onmedia-capture-start={(e) => log('media-capture-start', e, e.stream)}
        onmedia-capture-stop={(e) => log('media-capture-stop', e, e.reason)}
        onmedia-capture-error={(e) => log('media-capture-error', e, e.error.code)}
        onmedia-capture-permissionchange={(e) => {
          // @ts-expect-error: the kit's events are Event subclasses, with no `detail`
          void e.detail;
          log('media-capture-permissionchange', e, e.permission.camera);
        }}
        onmedia-capture-devicechange={(e) => log('media-capture-devicechange', e, e.kind)}
      >
        <stream-mirror
          mirrored
          onstream-mirror-ready={(e) => log('stream-mirror-ready', e, e.width)}
          onstream-mirror-resize={(e) => log('stream-mirror-resize', e, e.width)}
        ></stream-mirror>
        <track-list
          ontrack-list-toggle={(e) => log('track-list-toggle', e, e.enabled)}
          ontrack-list-stop={(e) => log('track-list-stop', e, e.track.kind)}
        ></track-list>
        <device-select
          kind="audioinput"
          ondevice-select-change={(e) => log('device-select-change', e, e.deviceId)}
          ondevice-select-fallback={(e) => log('device-select-fallback', e, e.previous)}
        ></device-select>
        <track-toggle
          kind="video"
          ontrack-toggle-change={(e) => log('track-toggle-change', e, e.enabled)}
          ontrack-toggle-speakingwhilemuted={(e) =>
            log('track-toggle-speakingwhilemuted', e, e.track.kind)
          }
        ></track-toggle>
        <audio-meter
          onaudio-meter-speakingchange={(e) => log('audio-meter-speakingchange', e, e.speaking)}
          onaudio-meter-nosignal={(e) => log('audio-meter-nosignal', e, e.track.kind)}
        ></audio-meter>
        <stream-recorder
          onstream-recorder-start={(e) => log('stream-recorder-start', e, e.mimeType)}
          onstream-recorder-pause={(e) => log('stream-recorder-pause', e, e.type)}
          onstream-recorder-resume={(e) => log('stream-recorder-resume', e, e.type)}
          onstream-recorder-data={(e) => log('stream-recorder-data', e, e.blob.size)}
          onstream-recorder-stop={(e) => log('stream-recorder-stop', e, e.reason)}
          onstream-recorder-error={(e) => log('stream-recorder-error', e, e.error.code)}
        ></stream-recorder>
      </media-capture>
      <screen-capture
        onscreen-capture-statechange={(e) => log('screen-capture-statechange', e, e.state)}
        onstream-change={(e) => log('stream-change', e, e.stream)}
        onscreen-capture-start={(e) => log('screen-capture-start', e, e.stream)}
        onscreen-capture-stop={(e) => log('screen-capture-stop', e, e.reason)}
        onscreen-capture-error={(e) => log('screen-capture-error', e, e.error.code)}
      >
        <stream-mirror></stream-mirror>
      </screen-capture>
      <track-list id="by-property" stream={listStream}></track-list>
    </>
  );
}
