import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSimulator, type Simulator } from '../../create-simulator.js';
import { messages } from '../../errors/messages.js';
import { SNAPSHOT_MAX_BYTES } from '../../snapshot/snapshot-file.js';

// Large snapshot uploads at once, over HTTP: past twice the largest file the next is refused at once, so that
// a handful of 256 MiB uploads cannot run the process out of heap together.

let sim: Simulator;
let url: string;
let port: number;
const authorization = `Basic ${Buffer.from('skey_test_shop:').toString('base64')}`;

beforeAll(async () => {
  sim = createSimulator();
  ({ url, port } = await sim.listen({ port: 0 }));
});
afterAll(() => sim.close());

/** An upload that announces the largest file and sends only its first bytes. */
function startLargeUpload(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `PUT /_sim/snapshot HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorization}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${SNAPSHOT_MAX_BYTES}\r\n\r\n{"format":`,
        () => resolve(socket),
      );
    });
    socket.on('error', () => {});
  });
}

const smallImport = () =>
  fetch(`${url}/_sim/snapshot`, { method: 'PUT', headers: { authorization }, body: '{}' });

test(
  'refuses an upload while two of the largest are under way, and takes it once they are gone',
  { timeout: 30_000 },
  async () => {
    const uploads = [await startLargeUpload(), await startLargeUpload()];
    // Wait until both are being read (a small file that gets through is a 400 that changes nothing).
    let refused = await smallImport();
    while (refused.status !== 503) refused = await smallImport();
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({
      object: 'error',
      code: 'service_unavailable',
      message: messages.snapshotImportsBusy,
    });
    for (const upload of uploads) upload.destroy();
    // The small file is not a snapshot (400): what matters is that it was read, not refused as busy.
    let answer = await smallImport();
    while (answer.status === 503) answer = await smallImport();
    expect(answer.status).toBe(400);
  },
);
