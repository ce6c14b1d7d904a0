// Messages of POST /_sim/seed, shared by the code and its tests.
export const historyMessages = {
  accountNotEmpty:
    'seed gives an empty account a past: this account has charges or sources (POST /_sim/reset first)',
  countAndPerDay: 'give either count or per_day, not both',
  tooManyCharges: (max: number) => `a seeded history holds at most ${max} charges`,
  unknownMethod: (type: string, country: string, offered: readonly string[]) =>
    `methods: ${type} is not one of the methods a ${country} account takes (${offered.join(', ')})`,
  nothingOffered: (country: string) =>
    `no payment method the simulator knows is offered to a ${country} account`,
} as const;
