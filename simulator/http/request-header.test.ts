import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type RunningServer, type Simulator } from '../index.js';

/** One raw HTTP/1.1 request (so headers can repeat), its answer's status and body. */
function rawRequest(url: string, head: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${head}\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const [top = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(top.split(' ')[1]), body });
    });
  });
}

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString('base64')}`;

describe('headers read from node (requestHeader)', () => {
  let sim: Simulator;
  let server: RunningServer;
  beforeAll(async () => {
    sim = createSimulator({ seed: 1 });
    server = await sim.listen({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await sim.close();
  });

  it('reads a header once over HTTP as in-process: a key with spaces around it authenticates', async () => {
    const head = `GET /capability HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization:   ${basic('skey_test_hdr')}  `;
    expect((await rawRequest(server.url, head)).status).toBe(200);
  });

  it('joins a repeated Authorization as Fetch does, so two keys are no key (401), over HTTP as in-process', async () => {
    const twice = `Authorization: ${basic('skey_test_hdr')}\r\nAuthorization: ${basic('skey_test_other')}`;
    const answer = await rawRequest(server.url, `GET /capability HTTP/1.1\r\nHost: 127.0.0.1\r\n${twice}`);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ object: 'error', code: 'authentication_failure' });
    const headers = new Headers();
    headers.append('authorization', basic('skey_test_hdr'));
    headers.append('authorization', basic('skey_test_other'));
    expect((await sim.request('/capability', { headers })).status).toBe(401);
  });

  it('refuses two Hosts (no URL is made of the two joined) with an Omise 400, as nginx refuses them', async () => {
    const auth = `Authorization: ${basic('skey_test_hdr')}`;
    const answer = await rawRequest(
      server.url,
      `GET /capability HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: example.test\r\n${auth}`,
    );
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ object: 'error', code: 'bad_request' });
  });

  it('reads a repeated Omise-Version joined, as Fetch does: an unknown version, refused the same way', async () => {
    const auth = `Authorization: ${basic('skey_test_hdr')}`;
    const versions = 'Omise-Version: 2019-05-29\r\nOmise-Version: 2015-11-17';
    const overHttp = await rawRequest(
      server.url,
      `GET /capability HTTP/1.1\r\nHost: 127.0.0.1\r\n${auth}\r\n${versions}`,
    );
    const headers = new Headers({ authorization: basic('skey_test_hdr') });
    headers.append('omise-version', '2019-05-29');
    headers.append('omise-version', '2015-11-17');
    const inProcess = await sim.request('/capability', { headers });
    expect(overHttp.status).toBe(inProcess.status);
    expect(JSON.parse(overHttp.body)).toEqual(await inProcess.json());
  });
});
