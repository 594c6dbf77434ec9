// @ts-check
// Preact: the shared JSX app (../jsx/app.jsx); Preact's `render` patches the DOM synchronously.
import { render } from 'preact';
import { App } from '../jsx/app.jsx';

/** @type {import('../app.js').Mount} */
export function mount(container, props) {
  let current = props;
  render(<App {...current} />, container);
  return {
    async update(patch) {
      current = { ...current, ...patch };
      render(<App {...current} />, container);
    },
    unmount: () => render(null, container),
  };
}
