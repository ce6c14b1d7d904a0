import type { DeliveryAttempt } from '../webhooks/delivery/delivery-attempt.js';
import { attemptLine, type LogLine, requestLine } from './log-lines.js';
import type { LogSettings } from './log-settings.js';
import type { ObservedRequest } from './observed-request.js';

/** Prints what the simulator does, one line per request and per webhook attempt, at the chosen level. */
export class ActivityLog {
  readonly #settings: LogSettings;

  constructor(settings: LogSettings) {
    this.#settings = settings;
  }

  get enabled(): boolean {
    return this.#settings.level !== 'silent';
  }

  request(request: ObservedRequest): void {
    if (this.enabled)
      this.#print(requestLine(request, this.#settings.level), new Date(request.at).toISOString());
  }

  webhookAttempt(account: string, attempt: DeliveryAttempt): void {
    if (this.enabled)
      this.#print(attemptLine(account, attempt, this.#settings.level), new Date().toISOString());
  }

  #print(line: LogLine, at: string): void {
    const { format, write } = this.#settings;
    write(
      format === 'json' ? JSON.stringify({ time: at, ...line.fields }) : `[omise-sim] ${at} ${line.text}`,
    );
  }
}
