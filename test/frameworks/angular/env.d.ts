// The kit's own types: HTMLElementTagNameMap and GlobalEventHandlersEventMap entries, from which
// Angular's template checker types `$event`.
import type {} from 'mediastream-elements';
