import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const zero = (): Counts => ({ passed: 0, failed: 0, skipped: 0 });

/** JUnit XML (pytest --junitxml, Maven Surefire): the attributes of every <testsuite>. */
export function countJunitXml(xml: string): Counts {
  const counts = zero();
  for (const [suite] of xml.matchAll(/<testsuite\b[^>]*>/g)) {
    const number = (name: string) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? 0);
    const failed = number('failures') + number('errors');
    counts.failed += failed;
    counts.skipped += number('skipped');
    counts.passed += number('tests') - failed - number('skipped');
  }
  return counts;
}

/** Every TEST-*.xml report in a Surefire reports folder. */
export function countSurefireReports(folder: string): Counts {
  const counts = zero();
  let files: string[] = [];
  try {
    files = readdirSync(folder).filter((name) => /^TEST-.*\.xml$/.test(name));
  } catch {
    return counts;
  }
  for (const file of files) add(counts, countJunitXml(readFileSync(join(folder, file), 'utf8')));
  return counts;
}

/** `go test -json`: the pass, fail and skip actions of tests (package-level lines have no Test). */
export function countGoTestJson(output: string): Counts {
  const counts = zero();
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as { Action?: string; Test?: string };
    if (!event.Test) continue;
    if (event.Action === 'pass') counts.passed++;
    if (event.Action === 'fail') counts.failed++;
    if (event.Action === 'skip') counts.skipped++;
  }
  return counts;
}

/** Vitest's JSON reporter output. */
export function countVitestJson(json: string): Counts {
  const report = JSON.parse(json) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests };
}

function add(total: Counts, more: Counts): void {
  total.passed += more.passed;
  total.failed += more.failed;
  total.skipped += more.skipped;
}
