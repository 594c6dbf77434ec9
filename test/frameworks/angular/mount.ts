// Boots the AOT-compiled component without zone.js; a change is applied by `tick()`.
import { provideZonelessChangeDetection } from '@angular/core';
import { createApplication } from '@angular/platform-browser';
import type { AppProps, Mount } from '../app.js';
import { AppComponent } from './app.component.js';

export const mount: Mount = async (container, props) => {
  const host = document.createElement('conformance-app');
  container.append(host);
  const appRef = await createApplication({ providers: [provideZonelessChangeDetection()] });
  const component = appRef.bootstrap(AppComponent, host);
  const apply = (patch: Partial<AppProps>) => {
    for (const [key, value] of Object.entries(patch)) component.setInput(key, value);
    appRef.tick();
  };
  apply(props);
  return {
    async update(patch) {
      apply(patch);
    },
    unmount: () => appRef.destroy(),
  };
};
