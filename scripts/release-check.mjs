// `npm run release:check`: the package as a user installs it, before `npm publish` (CONTRIBUTING,
// Releasing). Builds, packs the tarball `npm publish` would upload, lints it (publint, Are the
// Types Wrong?, the manifest schema), then creates three apps from scratch in a temporary folder,
// each installing the tarball (and the rest from the registry): React 19 + Vite, Vue 3 + Vite,
// and plain HTML pages on the package's CDN files. Type-checks the TypeScript apps under
// `moduleResolution` node (CommonJS), node16 and bundler, builds them with Vite, serves every app
// and opens it in headless Chromium on the fake camera (scripts/launch.mjs): all eight elements
// upgraded, a `<media-capture>` live, its start event handled by the framework's own binding.
// One line per step and a summary; exits 1 when a step fails. Needs the network (npm install);
// not part of `npm test` or CI. `--keep` leaves the temporary folder for a look.
import { spawn } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements, tags } from './elements.mjs';
import { launchChromium } from './launch.mjs';
import { manifestErrors } from './manifest-check.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const dev = pkg.devDependencies;
// The framework versions the conformance tests use (package.json); Vite and its plugins are no
// dependency of the repository: the majors that support Node 20.19+.
const versions = {
  react: dev.react,
  'react-dom': dev['react-dom'],
  '@types/react': dev['@types/react'],
  '@types/react-dom': dev['@types/react-dom'],
  vue: dev.vue,
  'vue-tsc': dev['vue-tsc'],
  typescript: dev.typescript,
  vite: '^8.0.0',
  '@vitejs/plugin-react': '^6.0.0',
  '@vitejs/plugin-vue': '^6.0.0',
};
const at = (name) => `${name}@${versions[name]}`;

const work = mkdtempSync(join(tmpdir(), 'mse-release-'));
const children = new Set();
let stopping = false;
const servers = new Set();
let browser;
const results = [];
const started = performance.now();

// ---------------------------------------------------------------------------------------------
// Steps, commands, cleanup

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `fn`, prints `✓ name (time) — note` or `✗ name (time): error`; resolves with success. */
async function step(name, fn) {
  if (stopping) return false;
  const t = performance.now();
  try {
    const note = await fn();
    const ms = performance.now() - t;
    results.push({ name, ok: true, ms });
    console.log(`✓ ${name} (${seconds(ms)})${note ? ` — ${note}` : ''}`);
    return true;
  } catch (error) {
    if (stopping) return false;
    const ms = performance.now() - t;
    results.push({ name, ok: false, ms });
    const text = String(error?.message ?? error).trimEnd();
    console.log(`✗ ${name} (${seconds(ms)}): ${text.replace(/\n/g, '\n    ')}`);
    return false;
  }
}

// npm sets npm_config_*, npm_package_* and the like for the script it runs; an `npm install` in an
// app must see none of them (npm_config_local_prefix would point it at this repository).
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^npm_/i.test(key) || /^npm_config_(registry|cache|userconfig|globalconfig)$/i.test(key),
  ),
);
delete cleanEnv.INIT_CWD;

/**
 * Runs a command; resolves with its standard output, rejects with the last lines of all its
 * output. `stdoutFile`: the standard output goes to that file instead (for a command that exits
 * before a pipe has taken all it wrote).
 */
function run(command, args, { cwd = repo, stdoutFile } = {}) {
  return new Promise((resolve, reject) => {
    if (stopping) return reject(new Error('stopped'));
    const fd = stdoutFile ? openSync(stdoutFile, 'w') : 'pipe';
    // A process group of its own, so a stop ends whatever it started too (npm's install scripts).
    const child = spawn(command, args, {
      cwd,
      env: cleanEnv,
      stdio: ['ignore', fd, 'pipe'],
      detached: true,
    });
    if (stdoutFile) closeSync(fd);
    children.add(child);
    let stdout = '';
    let output = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      children.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      if (code === 0) return resolve(stdout);
      const tail = output.trimEnd().split('\n').slice(-40).join('\n');
      const error = new Error(`${command} ${args.join(' ')} exited ${signal ?? code}\n${tail}`);
      reject(error);
    });
  });
}

const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);

/** Ends a running command and everything it started; resolves once it has exited. */
function stop(child) {
  const kill = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // gone already
    }
  };
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => kill('SIGKILL'), 5000);
    child.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    kill('SIGTERM');
  });
}

async function cleanup() {
  await Promise.all([...children].map(stop));
  await browser?.close().catch(() => {});
  await Promise.all([...servers].map((server) => new Promise((r) => server.close(r))));
  if (!keep) await rm(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    stopping = signal;
    console.log(`\n${signal}: stopping, removing ${work}`);
    await cleanup().catch((error) => console.log(`cleanup: ${error.message}`));
    // The steps under way fail now and the summary follows; this only if something still waits.
    setTimeout(() => process.exit(130), 5000).unref();
  });
}

// ---------------------------------------------------------------------------------------------
// The apps

async function write(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text.replace(/^\n/, ''));
  }
}

const appPackage = (name) =>
  JSON.stringify({ name, private: true, version: '0.0.0', type: 'module' }, null, 2) + '\n';

// What every app type-checks, under each moduleResolution: the root, a per-element entry point,
// the classes, and types that are no `any` (the @ts-expect-error lines fail when they are).
const check = `
import {
  MediaCaptureElement,
  validateConstraints,
  type MediaCaptureState,
} from 'mediastream-elements';
import 'mediastream-elements/media-capture.js';
import { StreamMirrorElement } from 'mediastream-elements/classes.js';

export const capture: MediaCaptureElement = document.createElement('media-capture');
export const state: MediaCaptureState = capture.state;
capture.addEventListener('media-capture-start', (e) => e.stream.getTracks());
// @ts-expect-error: \`state\` is a union of strings
export const notANumber: number = capture.state;
// @ts-expect-error: the start event carries \`stream\`, no \`streams\`
capture.addEventListener('media-capture-start', (e) => e.streams);
export const mirror: HTMLElementTagNameMap['stream-mirror'] = new StreamMirrorElement();
export const result = validateConstraints({ video: { width: { ideal: 1280 } } });
`;

const resolutions = {
  node: { module: 'commonjs', moduleResolution: 'node' },
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
};

/** tsconfig.<resolution>.json for each moduleResolution, over all of src/. */
function tsconfigs(compilerOptions, extra = {}) {
  return Object.fromEntries(
    Object.entries(resolutions).map(([name, resolution]) => [
      `tsconfig.${name}.json`,
      JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
            ...resolution,
            ...compilerOptions,
          },
          include: ['src'],
          ...extra,
        },
        null,
        2,
      ) + '\n',
    ]),
  );
}

const page = (title, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
  </head>
  <body>
${body}
  </body>
</html>
`;

/**
 * Every element of the kit, as an app composes them (README, Using it): a camera and microphone
 * source holding its consumers and controls, and a screen source beside it. `start` binds the
 * start event in the app's syntax; `indent` is the markup's indentation.
 */
function kit(start, indent) {
  return `<media-capture video audio autostart${start}>
  <stream-mirror mirrored></stream-mirror>
  <track-list></track-list>
  <device-select kind="videoinput"></device-select>
  <track-toggle kind="audio"></track-toggle>
  <audio-meter></audio-meter>
  <stream-recorder></stream-recorder>
</media-capture>
<screen-capture></screen-capture>`
    .split('\n')
    .map((line) => indent + line)
    .join('\n');
}

const apps = {
  react: {
    install: [
      at('react'),
      at('react-dom'),
      at('@types/react'),
      at('@types/react-dom'),
      at('typescript'),
      at('vite'),
      at('@vitejs/plugin-react'),
    ],
    files: {
      'index.html': page(
        'React',
        '    <div id="root"></div>\n    <script type="module" src="/src/main.tsx"></script>',
      ),
      'vite.config.js': `
import react from '@vitejs/plugin-react';

export default { plugins: [react()] };
`,
      // The README's rule: the kit imported before the first render.
      'src/main.tsx': `
import 'mediastream-elements';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(<App />);
`,
      'src/App.tsx': `
import { useState } from 'react';

export function App() {
  const [tracks, setTracks] = useState(0);
  return (
    <>
${kit(' onmedia-capture-start={(e) => setTracks(e.stream.getTracks().length)}', '      ')}
      <output id="started">{tracks}</output>
    </>
  );
}
`,
      'src/env.d.ts': `import type {} from 'mediastream-elements/types/jsx';\n`,
      'src/check.ts': check,
      ...tsconfigs({ jsx: 'react-jsx' }),
    },
    checker: 'tsc',
    build: true,
    pages: ['index.html'],
  },
  vue: {
    install: [at('vue'), at('vue-tsc'), at('typescript'), at('vite'), at('@vitejs/plugin-vue')],
    files: {
      'index.html': page(
        'Vue',
        '    <div id="app"></div>\n    <script type="module" src="/src/main.ts"></script>',
      ),
      // The README's Vue set-up: the kit's tags marked as custom elements.
      'vite.config.js': `
import vue from '@vitejs/plugin-vue';

const tags = ${JSON.stringify(tags)};

export default {
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })],
};
`,
      'src/main.ts': `
import 'mediastream-elements';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
`,
      'src/App.vue': `
<script setup lang="ts">
import { ref } from 'vue';

const tracks = ref(0);
</script>

<template>
${kit(' @media-capture-start="(e) => (tracks = e.stream.getTracks().length)"', '  ')}
  <output id="started">{{ tracks }}</output>
</template>
`,
      'src/env.d.ts': `import type {} from 'mediastream-elements/types/vue';\n`,
      'src/check.ts': check,
      ...tsconfigs({}, { vueCompilerOptions: { strictTemplates: true } }),
    },
    checker: 'vue-tsc',
    build: true,
    pages: ['index.html'],
  },
  // No bundler: the CDN files, straight from the installed package.
  html: {
    install: [],
    files: {
      'index.html': page(
        'One file',
        `    <script type="module" src="./node_modules/mediastream-elements/cdn/mediastream-elements.js"></script>
${kit('', '    ')}
    <output id="started">0</output>
    <script type="module">
      document.querySelector('media-capture').addEventListener('media-capture-start', (e) => {
        document.getElementById('started').value = e.stream.getTracks().length;
      });
    </script>`,
      ),
      'autoloader.html': page(
        'Autoloader',
        `    <script type="module" src="./node_modules/mediastream-elements/cdn/autoloader.js"></script>
${kit('', '    ')}
    <output id="started">0</output>
    <script>
      addEventListener('media-capture-start', (e) => {
        document.getElementById('started').value = e.stream.getTracks().length;
      });
    </script>`,
      ),
    },
    pages: ['index.html', 'autoloader.html'],
  },
};

// ---------------------------------------------------------------------------------------------
// Serving and opening

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server for `root` on 127.0.0.1 (a secure context: getUserMedia works); its URL. */
function serve(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const info = file.startsWith(root + sep) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  servers.add(server);
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}/`));
  });
}

/**
 * Opens `url`: no page errors, every kit tag in the document defined and upgraded, the
 * `<media-capture>` live with a live video track, its start event handled (`#started` counts the
 * tracks), the mirror showing frames.
 */
async function open(url) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  try {
    await tab.goto(url, { waitUntil: 'load' });
    const live = await tab
      .waitForFunction(
        () => {
          const capture = document.querySelector('media-capture');
          const mirror = document.querySelector('stream-mirror');
          return (
            capture?.state === 'live' &&
            Number(document.getElementById('started')?.textContent) > 0 &&
            mirror?.matches(':state(showing)')
          );
        },
        { timeout: 20000, polling: 100 },
      )
      .then(() => true)
      .catch(() => false);
    const report = await tab.evaluate((kitTags) => {
      const used = [...new Set([...document.querySelectorAll('*')].map((el) => el.localName))]
        .filter((tag) => kitTags.includes(tag))
        .sort();
      const capture = document.querySelector('media-capture');
      return {
        used,
        undefinedTags: used.filter((tag) => !customElements.get(tag)),
        notUpgraded: used.filter((tag) =>
          [...document.querySelectorAll(tag)].some(
            (el) => !customElements.get(tag) || !(el instanceof customElements.get(tag)),
          ),
        ),
        state: capture?.state,
        error: capture?.error?.code,
        video: capture?.stream?.getVideoTracks().map((track) => track.readyState) ?? [],
        started: document.getElementById('started')?.textContent,
        showing: document.querySelector('stream-mirror')?.matches(':state(showing)') ?? false,
      };
    }, tags);
    const problems = [];
    const absent = tags.filter((tag) => !report.used.includes(tag));
    if (absent.length) problems.push(`not on the page: ${absent.join(', ')}`);
    if (report.undefinedTags.length) problems.push(`not defined: ${report.undefinedTags}`);
    if (report.notUpgraded.length) problems.push(`not upgraded: ${report.notUpgraded}`);
    if (!live) {
      problems.push(
        `not live in 20 s: state ${report.state}${report.error ? ` (${report.error})` : ''}, ` +
          `video tracks [${report.video}], start handled with ${report.started} tracks, ` +
          `mirror showing ${report.showing}`,
      );
    } else if (!report.video.includes('live')) problems.push('no live video track');
    problems.push(...errors.map((error) => `page error: ${error}`));
    if (problems.length) throw new Error(problems.join('\n'));
    return `all ${report.used.length} tags upgraded, <media-capture> live, its start handled (${report.started} tracks), the mirror showing`;
  } finally {
    await tab.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// The check

const required = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/classes.js',
  'dist/types/jsx.d.ts',
  'dist/types/vue.d.ts',
  'dist/types/svelte.d.ts',
  'cdn/mediastream-elements.js',
  'cdn/autoloader.js',
  ...elements.map(({ module }) => module.replace(/\.component\.js$/, '.js')),
];

async function main() {
  console.log(`release:check of ${pkg.name}@${pkg.version} in ${work}`);

  if (!(await step('build: npm run build', () => run('npm', ['run', 'build']).then(() => ''))))
    return;

  const status = await run('git', ['status', '--porcelain']).catch(() => '');
  const dirty = status.split('\n').filter(Boolean);

  let tarball;
  let packed;
  const ok = await step('pack: npm pack', async () => {
    const out = await run('npm', ['pack', '--json', '--pack-destination', work]);
    [packed] = JSON.parse(out);
    tarball = join(work, packed.filename);
    const files = new Set(packed.files.map((file) => file.path));
    const missing = required.filter((file) => !files.has(file));
    const strays = [...files].filter((file) => /^(src|test|demo|bench|scripts)\//.test(file));
    if (missing.length) throw new Error(`missing from the tarball: ${missing.join(', ')}`);
    if (strays.length) throw new Error(`not for the tarball: ${strays.slice(0, 10).join(', ')}`);
    return `${packed.filename}, ${packed.entryCount} files, ${Math.round(packed.size / 1024)} KB (${Math.round(packed.unpackedSize / 1024)} KB unpacked)`;
  });
  if (!ok) return;
  const extracted = join(work, 'extracted');
  mkdirSync(extracted);
  await run('tar', ['xzf', tarball, '-C', extracted]);

  await step('publint (strict, every suggestion)', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const data = readFileSync(tarball);
    const { messages, pkg: packedPkg } = await publint({
      pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    if (messages.length) {
      throw new Error(
        messages
          .map((m) => `${m.type}: ${formatMessage(m, packedPkg, { color: false })}`)
          .join('\n'),
      );
    }
    return 'no errors, warnings or suggestions';
  });

  await step('attw: Are the Types Wrong?', async () => {
    // attw exits 1 when it finds a problem: the JSON decides.
    const json = join(work, 'attw.json');
    await run(bin(repo, 'attw'), [tarball, '--format', 'json'], { stdoutFile: json }).catch(
      (error) => {
        if (!readFileSync(json, 'utf8').trim().startsWith('{')) throw error;
      },
    );
    const { problems = {} } = JSON.parse(readFileSync(json, 'utf8'));
    const all = Object.values(problems).flat();
    // By design: an ESM-only package (`"type": "module"`, no CommonJS build), so a `require()`
    // from CommonJS under node16 resolves to ESM; and the editor data files (dist/*.json behind
    // `exports`) need `exports`, which moduleResolution node ignores — no app imports them.
    const expected = (p) =>
      (p.kind === 'CJSResolvesToESM' && p.resolutionKind === 'node16-cjs') ||
      (p.kind === 'NoResolution' &&
        p.resolutionKind === 'node10' &&
        p.entrypoint.endsWith('.json') &&
        !existsSync(join(extracted, 'package', p.entrypoint)));
    const unexpected = all.filter((p) => !expected(p));
    if (unexpected.length) {
      throw new Error(
        unexpected
          .map((p) => `${p.kind} ${p.entrypoint ?? ''} (${p.resolutionKind ?? ''})`)
          .join('\n'),
      );
    }
    return `${all.length - unexpected.length} expected findings (ESM only: node16 require; editor JSON under node10), nothing else`;
  });

  await step('custom-elements.json in the tarball against the schema', async () => {
    const file = join(extracted, 'package', 'custom-elements.json');
    const { errors, version } = manifestErrors(file);
    if (errors.length) throw new Error(errors.join('\n'));
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    const missing = manifest.modules
      .map((mod) => mod.path)
      .filter((path) => !existsSync(join(extracted, 'package', path)));
    if (missing.length) throw new Error(`modules not in the tarball: ${missing.join(', ')}`);
    const definitions = manifest.modules.flatMap((mod) =>
      (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'),
    );
    const undefinedTags = tags.filter((tag) => !definitions.some((d) => d.name === tag));
    if (undefinedTags.length) throw new Error(`no definition export: ${undefinedTags.join(', ')}`);
    return `valid (custom-elements-manifest@${version}), ${manifest.modules.length} modules all in the tarball, ${definitions.length} tag definitions`;
  });

  // The apps: created, installed, type-checked, built.
  const ready = [];
  for (const [name, app] of Object.entries(apps)) {
    const dir = join(work, name);
    mkdirSync(dir);
    await write(dir, { 'package.json': appPackage(`release-check-${name}`), ...app.files });
    const installed = await step(
      `${name}: npm install the tarball${app.install.length ? ` + ${app.install.length} packages` : ''}`,
      async () => {
        await run(
          'npm',
          ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...app.install],
          { cwd: dir },
        );
        const installedVersion = (name) =>
          JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
        const names = ['mediastream-elements', ...app.install.map((s) => s.replace(/@[^@]*$/, ''))];
        return names.map((name) => `${name} ${installedVersion(name)}`).join(', ');
      },
    );
    if (!installed) continue;
    if (app.checker) {
      for (const resolution of Object.keys(resolutions)) {
        await step(`${name}: ${app.checker} with moduleResolution ${resolution}`, () =>
          run(bin(dir, app.checker), ['-p', `tsconfig.${resolution}.json`], { cwd: dir }).then(
            () => '',
          ),
        );
      }
    }
    let built = true;
    if (app.build) {
      built = await step(`${name}: vite build`, async () => {
        await run(bin(dir, 'vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
        const assets = join(dir, 'dist', 'assets');
        const js = readdirSync(assets).filter((file) => file.endsWith('.js'));
        const bytes = js.reduce((sum, file) => sum + statSync(join(assets, file)).size, 0);
        return `dist/, ${js.length} script(s), ${Math.round(bytes / 1024)} KB`;
      });
    }
    if (built) ready.push({ name, root: app.build ? join(dir, 'dist') : dir, pages: app.pages });
  }

  // Live in Chromium.
  if (!ready.length) return;
  const launched = await step('chromium: launch (fake camera, prompts granted)', async () => {
    browser = await launchChromium();
    return await browser.version();
  });
  if (!launched) return;
  for (const { name, root, pages } of ready) {
    const url = await serve(root);
    for (const file of pages) {
      await step(`${name}: ${file} live in Chromium`, () => open(new URL(file, url).href));
    }
  }

  if (dirty.length) {
    const listed = dirty.slice(0, 5).map((line) => line.slice(3));
    if (dirty.length > 5) listed.push('…');
    console.log(
      `note: ${dirty.length} uncommitted change(s) in the working tree went into the tarball ` +
        `(${listed.join(', ')}): commit them before publishing.`,
    );
  }
}

let crashed;
try {
  await main();
} catch (error) {
  crashed = error;
  if (!stopping) console.log(`✗ release:check stopped: ${error?.stack ?? error}`);
} finally {
  await cleanup();
}
const failed = results.filter((r) => !r.ok);
const passed = results.length - failed.length;
const time = seconds(performance.now() - started);
if (stopping) {
  console.log(`\nrelease:check stopped by ${stopping} after ${time}: ${passed} step(s) passed`);
  process.exit(130);
}
console.log(
  `\nrelease:check: ${passed} passed, ${failed.length} failed in ${time}${keep ? ` (kept ${work})` : ''}`,
);
for (const { name } of failed) console.log(`  failed: ${name}`);
process.exit(failed.length || crashed || !results.length ? 1 : 0);
