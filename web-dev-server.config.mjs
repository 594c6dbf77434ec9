// `npm start`: serves demo/ with the kit compiled from src/ on the fly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Whether `port` is free on this machine. */
const free = (port) =>
  new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, () => server.close(() => resolve(true)));
  });

// PORT=n: that port or one clear line; without it, 8000 or the next free one, said out loud.
async function choosePort() {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (Number.isInteger(port) && port > 0 && port < 65536 && (await free(port))) return port;
    console.error(
      `npm start: port ${process.env.PORT} is taken or not a port; set PORT to a free one.`,
    );
    process.exit(1);
  }
  for (let port = 8000; port < 8100; port++) {
    if (await free(port)) {
      if (port !== 8000) console.log(`npm start: port 8000 is taken, serving on ${port} instead.`);
      return port;
    }
  }
  console.error('npm start: ports 8000-8099 are all taken; set PORT to a free one.');
  process.exit(1);
}

export default {
  rootDir: '.',
  nodeResolve: true,
  port: await choosePort(),
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
