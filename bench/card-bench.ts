import { createSimulator } from '../simulator/index.js';
import type { BenchResult } from './bench-result.js';

const COUNT = 2000;
const headers = (key: string) => ({
  authorization: `Basic ${Buffer.from(`${key}:`).toString('base64')}`,
  'content-type': 'application/x-www-form-urlencoded',
});
const tokenBody =
  'card[name]=Somchai&card[number]=4242424242424242&card[expiration_month]=12&card[expiration_year]=2099&card[security_code]=123';

/** The card flow in-process (no HTTP): a token, then a charge of it; and an authorization, then its capture. */
export async function cardBench(): Promise<BenchResult[]> {
  const sim = createSimulator({ seed: 3 });
  const post = async (path: string, key: string, body: string) =>
    (await (await sim.request(path, { method: 'POST', headers: headers(key), body })).json()) as {
      id: string;
    };
  const token = () => post('/tokens', 'pkey_test_bench', tokenBody);
  const charge = async (capture: boolean) =>
    post(
      '/charges',
      'skey_test_bench',
      `amount=100000&currency=THB&capture=${capture}&card=${(await token()).id}`,
    );
  const started = performance.now();
  for (let i = 0; i < COUNT; i++) await charge(true);
  const charged = performance.now();
  for (let i = 0; i < COUNT; i++)
    await post(`/charges/${(await charge(false)).id}/capture`, 'skey_test_bench', '');
  const captured = performance.now();
  await sim.close();
  return [
    { name: 'token + card charge', value: ((charged - started) * 1000) / COUNT, unit: 'µs per flow' },
    {
      name: 'token + authorization + capture',
      value: ((captured - charged) * 1000) / COUNT,
      unit: 'µs per flow',
    },
  ];
}
