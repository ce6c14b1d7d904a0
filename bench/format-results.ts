import type { BenchResult } from './bench-result.js';

/** One line per figure: name, value, unit, and its ratio to the baseline it names. */
export function formatResults(results: readonly BenchResult[]): string[] {
  const byName = new Map(results.map((r) => [r.name, r]));
  const width = Math.max(...results.map((r) => r.name.length));
  return results.map((r) => {
    const base = r.baseline ? byName.get(r.baseline) : undefined;
    const ratio = base ? `  ${(r.value / base.value).toFixed(2)}x of "${base.name}"` : '';
    return `  ${r.name.padEnd(width)}  ${formatValue(r.value).padStart(10)} ${r.unit}${ratio}`;
  });
}

function formatValue(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(2);
}
