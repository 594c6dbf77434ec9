// @ts-check
// React 19: the shared JSX app (../jsx/app.jsx), rendered synchronously so a change is in the DOM
// when `update` resolves.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from '../jsx/app.jsx';

/** @type {import('../app.js').Mount} */
export function mount(container, props) {
  const root = createRoot(container);
  let current = props;
  flushSync(() => root.render(<App {...current} />));
  return {
    async update(patch) {
      current = { ...current, ...patch };
      flushSync(() => root.render(<App {...current} />));
    },
    unmount: () => root.unmount(),
  };
}
