/** What runMerchantScenarios reports as it goes (a copy of ScenarioProgress: the CLI loads the harness late). */
interface Progress {
  readonly phase: 'searching' | 'shrinking';
  readonly runs: number;
  readonly numRuns: number;
  readonly steps: number;
}

const EVERY_MS = 2000;

/** Prints progress on long runs at most every 2 s, and when shrinking starts. */
export function progressPrinter(print: (line: string) => void): (progress: Progress) => void {
  let last = performance.now();
  let shrinking = false;
  return (progress) => {
    const now = performance.now();
    const started = progress.phase === 'shrinking' && !shrinking;
    if (!started && now - last < EVERY_MS) return;
    last = now;
    if (started) shrinking = true;
    print(
      progress.phase === 'searching'
        ? `  run ${progress.runs}/${progress.numRuns}, ${progress.steps} steps`
        : `  a run failed; shrinking it (${progress.runs} runs so far)`,
    );
  };
}
