import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createSimulator } from '../create-simulator.js';
import { messages } from '../errors/messages.js';
import { parseSnapshotText, readSnapshotJson, SNAPSHOT_LIMITS } from './parse-snapshot-text.js';
import { SNAPSHOT_MAX_VALUES } from './snapshot-file.js';

// A file loaded from disk (`--load`, `createSimulator({ load })`) is held to what an upload is held to.

function tempFile(contents: string | Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'omise-sim-parse-')), 'snapshot.json');
  writeFileSync(file, contents);
  return file;
}

const tooManyValues = `{"format":"omise-sim/snapshot","version":1,"accounts":[${'0,'.repeat(SNAPSHOT_MAX_VALUES)}0]}`;

test('refuses a file over the value limit, before parsing it', () => {
  const file = tempFile(tooManyValues);
  expect(() => readSnapshotJson(file)).toThrow(messages.snapshotTooManyValues(SNAPSHOT_MAX_VALUES));
  expect(() => createSimulator({ load: file })).toThrow(
    `cannot load snapshot ${file}: ${messages.snapshotTooManyValues(SNAPSHOT_MAX_VALUES)}`,
  );
});

test('refuses a file nested past the snapshot depth, closed or not', () => {
  const deep = SNAPSHOT_LIMITS.maxDepth + 1;
  for (const text of [`${'['.repeat(deep)}${']'.repeat(deep)}`, '['.repeat(100_000)]) {
    expect(() => readSnapshotJson(tempFile(text))).toThrow(messages.paramsTooDeep(SNAPSHOT_LIMITS.maxDepth));
  }
});

test('refuses a file that is not UTF-8, or holds a lone surrogate', () => {
  expect(() => readSnapshotJson(tempFile(Buffer.from([0x7b, 0xff, 0x7d])))).toThrow(
    messages.notUtf8('the file'),
  );
  expect(() => readSnapshotJson(tempFile('{"a":"\\udfff"}'))).toThrow(messages.notUtf8('the file'));
});

test('says where a file stops being JSON, and an upload says what a body says', () => {
  expect(() => readSnapshotJson(tempFile('{"a":'))).toThrow(/^the file is not valid JSON \(.+\)$/);
  expect(() => parseSnapshotText('{"a":')).toThrow(messages.malformedJson);
});

test('reads Thai text and emoji as they are', () => {
  expect(readSnapshotJson(tempFile('{"description":"ชำระ 🛒"}'))).toEqual({ description: 'ชำระ 🛒' });
});
