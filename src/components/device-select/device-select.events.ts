// The events <device-select> fires: one Event subclass each (bubbles, composed), named `device-select-*`, with
// its GlobalEventHandlersEventMap entry below. src/events.ts re-exports this module.
export {};
