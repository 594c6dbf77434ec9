// The events <audio-meter> fires: one Event subclass each (bubbles, composed), named `audio-meter-*`, with
// its GlobalEventHandlersEventMap entry below. src/events.ts re-exports this module.
export {};
