import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readScenarioFile } from './scenario-file.js';

test('a saved scenario that is not UTF-8 is refused, not replayed with U+FFFD in place of its bytes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'omise-sim-scenario-'));
  const file = join(dir, 'latin1.json');
  const text = '{"format": "omise-sim-scenario", "steps": [{"description": "caf';
  writeFileSync(file, Buffer.concat([Buffer.from(text), Buffer.from([0xe9]), Buffer.from('"}]}')]));
  expect(() => readScenarioFile(file)).toThrow(`${file} is not valid UTF-8`);
  writeFileSync(file, `${text}é"}]}`);
  expect(readScenarioFile(file).steps).toEqual([{ description: 'café' }]);
});
