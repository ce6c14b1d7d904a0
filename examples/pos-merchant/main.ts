// The reference POS backend as a service, for trying `omise-sim scenarios --merchant URL` by hand:
//   npx tsx examples/pos-merchant/main.ts [--bug NAME] [--async] [--port 4300]
// or set up for one account from the start (for `omise-sim replay FILE --merchant URL --key ...`):
//   npx tsx examples/pos-merchant/main.ts --sim http://127.0.0.1:4100 --key skey_test_shop
import { parseArgs } from 'node:util';
import { type MerchantBug, merchantBugs } from './bugs.js';
import { servePosMerchant } from './serve-pos-merchant.js';

const { values } = parseArgs({
  options: {
    sim: { type: 'string' },
    key: { type: 'string' },
    bug: { type: 'string' },
    port: { type: 'string' },
    async: { type: 'boolean' },
  },
});
if (Boolean(values.sim) !== Boolean(values.key) || (values.bug && !(values.bug in merchantBugs))) {
  console.error(
    `usage: main.ts [--sim URL --key skey_test_<account>] [--port N] [--async] [--bug ${Object.keys(merchantBugs).join('|')}]`,
  );
  process.exit(2);
}
const server = await servePosMerchant({
  simUrl: values.sim,
  secretKey: values.key,
  bug: values.bug as MerchantBug | undefined,
  async: values.async,
  port: values.port ? Number(values.port) : undefined,
});
console.log(
  `POS merchant${values.bug ? ` with bug ${values.bug}` : ''} on ${server.url} (webhook: ${server.url}/webhooks/omise)`,
);
