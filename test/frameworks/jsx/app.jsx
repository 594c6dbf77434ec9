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
      </media-capture>
      <track-list id="by-property" stream={listStream}></track-list>
    </>
  );
}
