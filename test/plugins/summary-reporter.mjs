// The one reporter of `npm test`: quiet on a green run. A test file that passes prints nothing
// (not its browser logs either: the deliberate errors and warnings the tests provoke are asserted
// by the tests, not read by people); a file that fails in a group prints as web-test-runner's
// default reporter prints it (the failing tests, their errors, that file's browser logs). In a
// terminal one line shows each group's progress. At the end it prints a line per group and writes
// the totals for scripts/test.mjs, which prints the plain closing line CI counts.
import { defaultReporter } from '@web/test-runner';
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

/** A session with a failed test, an error outside the tests, or a file that did not load. */
const failed = (session) =>
  session.status === 'FINISHED' && (!session.passed || session.errors?.length);

export function summaryReporter() {
  const failures = defaultReporter({ reportTestProgress: false });
  let totals = {};
  return {
    start(args) {
      failures.start(args);
    },
    reportTestFileResults({ sessionsForTestFile, ...rest }) {
      const failing = sessionsForTestFile.filter(failed);
      if (failing.length) failures.reportTestFileResults({ ...rest, sessionsForTestFile: failing });
    },
    getTestProgress({ sessions }) {
      if (!process.stdout.isTTY) return [];
      const groups = new Map();
      for (const session of sessions) {
        const group =
          groups.get(session.group.name) ??
          groups.set(session.group.name, { done: 0, all: 0, failed: 0 }).get(session.group.name);
        group.all++;
        if (session.status === 'FINISHED') group.done++;
        if (failed(session)) group.failed++;
      }
      const line = [...groups].map(
        ([name, { done, all, failed }]) =>
          `${name} ${done}/${all}${failed ? ` (${failed} failed)` : ''}`,
      );
      return [line.join(' · ')];
    },
    onTestRunFinished({ sessions }) {
      const groups = {};
      for (const session of sessions) {
        const totals = (groups[session.group.name] ??= { passed: 0, failed: 0, skipped: 0 });
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
      writeFileSync(SUMMARY_FILE, JSON.stringify(groups));
      totals = groups;
    },
    stop() {
      for (const [name, { passed, failed }] of Object.entries(totals)) {
        console.log(`${name}: ${passed} passed, ${failed} failed`);
      }
    },
  };
}
