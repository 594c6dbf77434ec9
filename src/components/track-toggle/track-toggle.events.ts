// The events <track-toggle> fires: one Event subclass each (bubbles, composed), named `track-toggle-*`, with
// its GlobalEventHandlersEventMap entry below. src/events.ts re-exports this module.
export {};
