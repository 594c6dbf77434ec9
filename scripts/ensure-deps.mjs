// `pre` script of npm start / npm test: installs the npm dependencies when they are missing, so
// each command is enough on its own on a fresh clone.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('mediastream-elements: installing npm dependencies (npm ci)…');
  execSync('npm ci', { stdio: 'inherit' });
}
