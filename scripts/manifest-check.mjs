// `node scripts/manifest-check.mjs [custom-elements.json]`: the manifest against the official
// schema (npm package custom-elements-manifest, the version the manifest's `schemaVersion` names).
// One line per schema error and exit 1, or one OK line. CI runs it after `npm run analyze`;
// release:check runs it on the manifest inside the packed tarball.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);

/** The schema errors of the manifest at `file`, as `path: message` lines (none when valid). */
export function manifestErrors(file = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  const schema = require('custom-elements-manifest/schema.json');
  const { version } = require('custom-elements-manifest/package.json');
  const errors = [];
  if (manifest.schemaVersion !== version) {
    errors.push(
      `/schemaVersion: is ${JSON.stringify(manifest.schemaVersion)}, the schema checked is ` +
        `custom-elements-manifest@${version}: update that devDependency to match`,
    );
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  if (!validate(manifest)) {
    for (const error of validate.errors) {
      const at = error.instancePath || '/';
      const detail = error.params && Object.keys(error.params).length ? error.params : undefined;
      errors.push(`${at}: ${error.message}${detail ? ` ${JSON.stringify(detail)}` : ''}`);
    }
  }
  return { errors, version };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const file = process.argv[2] ?? 'custom-elements.json';
  const { errors, version } = manifestErrors(file);
  for (const line of errors) console.log(`${file}#${line}`);
  if (errors.length) {
    console.log(`${file}: ${errors.length} error(s) against custom-elements-manifest@${version}`);
    process.exit(1);
  }
  console.log(`OK ${file} is valid against custom-elements-manifest@${version}'s schema`);
}
