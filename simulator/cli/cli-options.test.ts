import { expect, test } from 'vitest';
import { CliUsageError, readCliOptions } from './cli-options.js';

test('defaults to 127.0.0.1:4100 and API 2019-05-29', () => {
  expect(readCliOptions([], {})).toMatchObject({ port: 4100, host: '127.0.0.1', apiVersion: '2019-05-29' });
});

test('reads OMISE_SIM_* variables and lets flags win over them', () => {
  const env = { OMISE_SIM_PORT: '5000', OMISE_SIM_SEED: '9', OMISE_SIM_API_VERSION: '2017-11-02' };
  expect(readCliOptions([], env)).toMatchObject({ port: 5000, seed: 9, apiVersion: '2017-11-02' });
  expect(readCliOptions(['--port', '6000'], env).port).toBe(6000);
});

test('reads --load and OMISE_SIM_LOAD, nothing by default', () => {
  expect(readCliOptions([], {}).load).toBeUndefined();
  expect(readCliOptions([], { OMISE_SIM_LOAD: 'state.json' }).load).toBe('state.json');
  expect(readCliOptions(['--load', 'a.json'], { OMISE_SIM_LOAD: 'b.json' }).load).toBe('a.json');
});

test('refuses values it cannot use, saying which', () => {
  expect(() => readCliOptions(['--port', 'eighty'], {})).toThrow(CliUsageError);
  expect(() => readCliOptions(['--port', '70000'], {})).toThrow(/between 0 and 65535/);
  expect(() => readCliOptions(['--api-version', '2020-01-01'], {})).toThrow(/2019-05-29 or 2017-11-02/);
  expect(() => readCliOptions(['--public-url', 'nope'], {})).toThrow(/--public-url/);
  expect(() => readCliOptions(['--colour'], {})).toThrow(/colour/);
});

test('reads --qr-payload and OMISE_SIM_QR_PAYLOAD, auto by default', () => {
  expect(readCliOptions([], {}).qrPayload).toBe('auto');
  expect(readCliOptions([], { OMISE_SIM_QR_PAYLOAD: 'realistic' }).qrPayload).toBe('realistic');
  expect(
    readCliOptions(['--qr-payload', 'wallet_url'], { OMISE_SIM_QR_PAYLOAD: 'realistic' }).qrPayload,
  ).toBe('wallet_url');
  expect(() => readCliOptions(['--qr-payload', 'emvco'], {})).toThrow(/auto, wallet_url or realistic/);
});

test('reads request limits from --max-* flags and OMISE_SIM_MAX_* variables, flags first', () => {
  expect(readCliOptions([], {}).limits).toEqual({});
  const env = { OMISE_SIM_MAX_BODY_BYTES: '2048', OMISE_SIM_MAX_DEPTH: '8' };
  expect(readCliOptions(['--max-depth', '4', '--max-webhook-endpoints', '3'], env).limits).toEqual({
    maxBodyBytes: 2048,
    maxDepth: 4,
    maxWebhookEndpoints: 3,
  });
  expect(() => readCliOptions(['--max-params', '0'], {})).toThrow(/--max-params must be a whole number/);
  expect(() => readCliOptions([], { OMISE_SIM_MAX_STRING_LENGTH: 'lots' })).toThrow(/--max-string-length/);
  expect(readCliOptions(['--max-depth', '1000'], {}).limits).toEqual({ maxDepth: 1000 });
  expect(() => readCliOptions(['--max-depth', '1001'], {})).toThrow(
    '--max-depth must be at most 1000, not 1001',
  );
});

test('the log prints one line per request as text unless --log-level or --log-format (or OMISE_SIM_LOG_*) say otherwise', () => {
  expect(readCliOptions([], {})).toMatchObject({ logLevel: 'info', logFormat: 'text' });
  const env = { OMISE_SIM_LOG_LEVEL: 'debug', OMISE_SIM_LOG_FORMAT: 'json' };
  expect(readCliOptions([], env)).toMatchObject({ logLevel: 'debug', logFormat: 'json' });
  expect(readCliOptions(['--log-level', 'silent'], env)).toMatchObject({
    logLevel: 'silent',
    logFormat: 'json',
  });
  expect(() => readCliOptions(['--log-level', 'loud'], {})).toThrow(
    '--log-level must be silent, info or debug, not loud',
  );
  expect(() => readCliOptions(['--log-format', 'xml'], {})).toThrow(
    '--log-format must be text or json, not xml',
  );
});

test('--journal-size (or OMISE_SIM_JOURNAL_SIZE) sets the requests kept per account', () => {
  expect(readCliOptions([], {}).journalSize).toBeUndefined();
  expect(readCliOptions(['--journal-size', '0'], { OMISE_SIM_JOURNAL_SIZE: '7' }).journalSize).toBe(0);
  expect(readCliOptions([], { OMISE_SIM_JOURNAL_SIZE: '7' }).journalSize).toBe(7);
  expect(() => readCliOptions(['--journal-size', 'ten'], {})).toThrow(
    '--journal-size must be a whole number, not ten',
  );
});

test('reads --store, OMISE_SIM_STORE and --data-dir: memory by default, one engine at a time', () => {
  expect(readCliOptions([], {})).toMatchObject({ store: 'memory', dataDir: undefined });
  const url = 'postgres://sim:pw@127.0.0.1:5432/sim';
  expect(readCliOptions([], { OMISE_SIM_STORE: url }).store).toBe(url);
  expect(readCliOptions(['--store', 'memory'], { OMISE_SIM_STORE: url }).store).toBe('memory');
  expect(readCliOptions(['--data-dir', 'state'], {})).toMatchObject({ store: 'memory', dataDir: 'state' });
  expect(readCliOptions([], { OMISE_SIM_DATA_DIR: 'kept' }).dataDir).toBe('kept');
  expect(() => readCliOptions(['--store', 'mysql://x'], {})).toThrow(/memory or a postgres:\/\/ URL/);
  expect(() => readCliOptions(['--store', url, '--data-dir', 'd'], {})).toThrow(/choose one/);
});

test('--webhook-busy-time-share (or OMISE_SIM_WEBHOOK_BUSY_TIME_SHARE) bounds webhooks under load: above 0, at most 1', () => {
  expect(readCliOptions([], {}).webhookBusyTimeShare).toBeUndefined();
  expect(readCliOptions(['--webhook-busy-time-share', '0.3'], {}).webhookBusyTimeShare).toBe(0.3);
  expect(readCliOptions([], { OMISE_SIM_WEBHOOK_BUSY_TIME_SHARE: '1' }).webhookBusyTimeShare).toBe(1);
  for (const bad of ['0', '1.5', 'half', '', '.', '0.']) {
    expect(() => readCliOptions(['--webhook-busy-time-share', bad], {})).toThrow(
      /--webhook-busy-time-share must be a number above 0 and at most 1/,
    );
  }
  expect(() => readCliOptions([], { OMISE_SIM_WEBHOOK_BUSY_TIME_SHARE: '-0.2' })).toThrow(/above 0/);
});

test('--webhook-busy-rate (or OMISE_SIM_WEBHOOK_BUSY_RATE) paces webhooks under load: a rate, 0 or off', () => {
  expect(readCliOptions([], {}).webhookBusyRate).toBeUndefined();
  expect(readCliOptions(['--webhook-busy-rate', '250'], {}).webhookBusyRate).toBe(250);
  expect(readCliOptions([], { OMISE_SIM_WEBHOOK_BUSY_RATE: 'off' }).webhookBusyRate).toBe('off');
  expect(readCliOptions(['--webhook-busy-rate', '0'], {}).webhookBusyRate).toBe(0);
  expect(() => readCliOptions(['--webhook-busy-rate', 'fast'], {})).toThrow(
    /--webhook-busy-rate must be a whole number of attempts a second or off/,
  );
});
