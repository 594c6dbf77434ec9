// The events <stream-recorder> fires: one Event subclass each (bubbles, composed), named `stream-recorder-*`, with
// its GlobalEventHandlersEventMap entry below. src/events.ts re-exports this module.
export {};
