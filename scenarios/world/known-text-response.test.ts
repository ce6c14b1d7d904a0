import { expect, test } from 'vitest';
import { knownTextResponse } from './known-text-response.js';

const text = '{"object":"charge","description":"ภาษาไทย"}';
const init = { status: 402, statusText: 'Payment Required', headers: { 'content-type': 'application/json' } };
const known = () => knownTextResponse(text, new Response(null, init));

async function read(response: Response) {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const { status, statusText, ok } = response;
  return { status, statusText, ok, headers, text: await response.text() };
}

test('reads as the Response made of the same text', async () => {
  expect(await read(known())).toEqual(await read(new Response(text, init)));
  expect(await known().json()).toEqual(JSON.parse(text));
  expect(new Uint8Array(await known().arrayBuffer())).toEqual(new TextEncoder().encode(text));
  expect(await known().bytes()).toEqual(new TextEncoder().encode(text));
  expect(
    await known()
      .blob()
      .then((blob) => blob.text()),
  ).toBe(text);
  expect(await new Response(known().body).text()).toBe(text);
  expect(known()).toBeInstanceOf(Response);
});

test('gives its body once, as a Response does, and clones while unread', async () => {
  const response = known();
  expect(await response.clone().text()).toBe(text);
  expect(response.bodyUsed).toBe(false);
  expect(await response.text()).toBe(text);
  expect(response.bodyUsed).toBe(true);
  await expect(response.json()).rejects.toThrow(TypeError);
  await expect(response.blob()).rejects.toThrow(TypeError);
  expect(() => response.clone()).toThrow(TypeError);
});

test('is an instance of the global Response of the moment, as the app answers are', async () => {
  const original = globalThis.Response;
  class ServerResponse extends original {}
  globalThis.Response = ServerResponse;
  try {
    const response = knownTextResponse(text, new original(null, init));
    expect(response).toBeInstanceOf(ServerResponse);
    expect(await response.json()).toEqual(JSON.parse(text));
  } finally {
    globalThis.Response = original;
  }
});
