// Prints `<engine>: N passed, N failed` per engine and writes the totals for scripts/test.mjs,
// which prints the plain closing line CI counts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const SUMMARY_FILE = 'node_modules/.cache/mediastream-elements/browser-summary.json';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const engines = {};
      for (const session of sessions) {
        const engine = session.group.name.split('-')[0];
        const totals = (engines[engine] ??= { passed: 0, failed: 0, skipped: 0 });
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (
          !session.passed &&
          !session.testResults?.tests.length &&
          !session.testResults?.suites.length
        )
          totals.failed++;
        else if (session.errors?.length) totals.failed++;
      }
      mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
      writeFileSync(SUMMARY_FILE, JSON.stringify(engines));
    },
    reportTestFileResults() {},
    getTestProgress() {
      return [];
    },
  };
}
