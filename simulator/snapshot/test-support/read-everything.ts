import type { Body, TestApi } from '../../test-support/test-api.js';

/** Every read the API and the control API offer about an account, keyed by path, in one object. */
export async function readEverything(api: TestApi): Promise<Record<string, unknown>> {
  const reads: Record<string, unknown> = {};
  const read = async (path: string, params: Body = {}) => {
    const response = await api.get(path, params);
    reads[`${path} ${JSON.stringify(params)}`] = { status: response.status, body: response.body };
    return response.body;
  };
  const all = { limit: 100 };
  const list = async (path: string) => ((await read(path, all)).data ?? []) as Body[];
  const charges = await list('/charges');
  await read('/charges', { limit: 3, offset: 1, order: 'reverse_chronological' });
  for (const charge of charges) {
    await read(`/charges/${charge.id}`);
    await read(`/charges/${charge.id}/refunds`, all);
    await read(`/charges/${charge.id}/events`, all);
    await read(`/sources/${(charge.source as Body).id}`);
  }
  for (const event of await list('/events')) await read(`/events/${event.id}`);
  await read('/refunds', all);
  await read('/sources', all);
  await read('/_sim/deliveries', all);
  for (const path of ['/_sim/webhooks', '/_sim/webhook_faults', '/_sim/webhooks/status']) await read(path);
  await read('/_sim/account');
  await read('/_sim/clock');
  return reads;
}
