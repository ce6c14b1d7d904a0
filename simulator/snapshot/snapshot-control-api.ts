// The snapshot and seed part of the machine-readable control API (`GET /_sim`), kept in step with the README.
export const snapshotControlEndpoints = [
  {
    method: 'GET',
    path: '/_sim/snapshot',
    params: { all: "true: every account, not only the key's" },
    description:
      'the account as a versioned JSON file: records, events, clock, webhook settings and secret, delivery log, pending deliveries',
  },
  {
    method: 'PUT',
    path: '/_sim/snapshot',
    params: { all: 'true: every account in the file, each by its name' },
    description:
      "replaces the account's state by a snapshot file (checked first: a bad file is a 400 and changes nothing); expiries and retries are scheduled again",
  },
  {
    method: 'POST',
    path: '/_sim/seed',
    params: {
      days: 'how many days of history, ending now on the account clock (default 7)',
      per_day: 'charges per day (default 20), or count: charges in all',
      methods: 'payment method types (default all)',
      seed: 'makes the same history every time (default 1)',
    },
    description:
      'gives an empty account a past: charges of every method and outcome, refunds and voids, their events',
  },
] as const;
