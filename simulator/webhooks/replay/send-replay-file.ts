import { sendWebhook } from '../delivery/send-webhook.js';
import { webhookPayloadJson } from '../delivery/webhook-payload-json.js';
import { signatureHeaders } from '../signature/signature-headers.js';
import type { ReplayEvent, ReplayFile } from './replay-file.js';

export interface ReplayTarget {
  readonly url: string;
  /** Signs each request afresh, timestamp now (the default way). */
  readonly secret?: string;
  /** Sends the headers of each event's last recorded attempt instead, old signature and timestamp included. */
  readonly asRecorded?: boolean;
  readonly timeoutMs?: number;
  readonly now?: () => number;
  readonly signal?: AbortSignal;
}

export interface ReplayResult {
  readonly event: string;
  readonly key: string;
  readonly status: number | null;
  readonly error: string | null;
  readonly delivered: boolean;
  readonly durationMs: number;
}

/** POSTs the file's events to one URL, one after the other in file order, once each (no retries). */
export async function sendReplayFile(
  file: ReplayFile,
  target: ReplayTarget,
  onResult: (result: ReplayResult) => void = () => {},
): Promise<ReplayResult[]> {
  const results: ReplayResult[] = [];
  for (const [index, event] of file.events.entries()) {
    if (target.signal?.aborted) break;
    const body = typeof event.payload === 'string' ? event.payload : webhookPayloadJson(event.payload);
    const headers = headersFor(event, body, target);
    const response = headers
      ? await sendWebhook({
          url: target.url,
          body,
          headers,
          timeoutMs: target.timeoutMs ?? 10_000,
          signal: target.signal,
        })
      : { status: null, error: 'no recorded attempt to send as recorded', durationMs: 0 };
    const status = response.status;
    const delivered = response.error === null && status !== null && status >= 200 && status < 300;
    const result = {
      event: event.id ?? `events[${index}]`,
      key: event.key ?? '?',
      status,
      error: response.error,
      delivered,
      durationMs: response.durationMs,
    };
    results.push(result);
    onResult(result);
  }
  return results;
}

function headersFor(event: ReplayEvent, body: string, target: ReplayTarget): Record<string, string> | null {
  if (target.asRecorded) {
    const last = event.deliveries?.filter((attempt) => !attempt.faults.includes('stale_payload')).at(-1);
    return last ? { ...last.headers } : null;
  }
  const base = { 'Content-Type': 'application/json', 'User-Agent': 'omise-sim replay' };
  if (!target.secret) return base;
  const timestamp = Math.floor((target.now ?? Date.now)() / 1000);
  return { ...base, ...signatureHeaders(body, [target.secret], timestamp) };
}
