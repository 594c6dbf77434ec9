// The contract every framework app under test/frameworks/<name>/ implements: one composition
// written in the framework's own template syntax, whose declarative handlers report every event.
export interface AppProps {
  /** Bound as the `constraints` property of `<media-capture>`. */
  constraints?: MediaStreamConstraints;
  /** Bound as the `width` attribute of `<media-capture>`. */
  width?: string;
  /** Bound as the `stream` property of the second, stand-alone `<track-list id="by-property">`. */
  listStream?: MediaStream | null;
  /** Called by each declarative handler with the event and one field read from it. */
  log: (name: string, event: Event, field?: unknown) => void;
}

export interface MountedApp {
  /** Re-renders with the changed props; resolves once the framework has patched the DOM. */
  update(patch: Partial<Omit<AppProps, 'log'>>): Promise<void>;
  unmount(): void;
}

/** Renders the app into `container` (Angular boots asynchronously). */
export type Mount = (container: HTMLElement, props: AppProps) => MountedApp | Promise<MountedApp>;
