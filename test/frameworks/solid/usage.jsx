// @ts-check
// Solid: type-checked only (no browser run: Solid's JSX compiler is a Babel preset, not installed).
// `prop:` sets a property, `attr:` an attribute, `on:` adds a listener for the exact event name.

/** @param {{ constraints: MediaStreamConstraints, log: import('../app.js').AppProps['log'] }} props */
export function App(props) {
  return (
    <media-capture
      video
      facing-mode="user"
      prop:constraints={props.constraints}
      on:media-capture-start={(e) => props.log('media-capture-start', e, e.stream)}
      on:media-capture-stop={(e) => props.log('media-capture-stop', e, e.reason)}
      on:media-capture-error={(e) => props.log('media-capture-error', e, e.error.code)}
    >
      <stream-mirror
        mirrored
        on:stream-mirror-ready={(e) => props.log('stream-mirror-ready', e, e.width)}
      ></stream-mirror>
      <track-list
        on:track-list-toggle={(e) => {
          // @ts-expect-error: the kit's events are Event subclasses, with no `detail`
          void e.detail;
          props.log('track-list-toggle', e, e.enabled);
        }}
      ></track-list>
    </media-capture>
  );
}
