/** The harness's handle on webhook delivery for one account. */
export interface WebhookControl {
  /** The account's webhook secret. */
  secret(): Promise<string>;
  /** Sends the account's webhooks to this URL (and only there), signed with `secret` if given. */
  sendTo(url: string, secret?: string): Promise<void>;
  /** Adds a one-off delivery fault rule (`/_sim/webhook_faults`). */
  addFault(rule: Record<string, unknown>): Promise<void>;
  /** Sends an event's webhook again. */
  replay(eventId: string): Promise<void>;
  /** Waits until every delivery that can happen now has happened (retries due later wait for the clock). */
  settle(): Promise<void>;
  /** Moves the clock until no delivery is left on its way (delivered or given up), then settles. */
  drain(): Promise<void>;
  /** Charges with a webhook still on its way: held, delayed, or waiting for a retry. */
  unsettledCharges(): Promise<Set<string>>;
}
