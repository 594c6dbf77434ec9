// The events <screen-capture> fires: one Event subclass each (bubbles, composed), named `screen-capture-*`, with
// its GlobalEventHandlersEventMap entry below. src/events.ts re-exports this module.
export {};
