/** One benchmark figure; `baseline` names the figure of the same run it is compared with. */
export interface BenchResult {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly baseline?: string;
}
