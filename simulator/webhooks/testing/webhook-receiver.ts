import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly path: string;
  /** The status the receiver answered with. */
  status?: number;
}

/** What the receiver answers a request with: a status, or a status after a pause. */
export type Answer = number | { readonly status: number; readonly delayMs: number };

export interface WebhookReceiver {
  readonly url: string;
  readonly received: ReceivedWebhook[];
  /** The most requests that were open at once. */
  readonly maxOpen: number;
  /** Changes how the next requests are answered (default: 200 to all). */
  answer(with_: (request: ReceivedWebhook, index: number) => Answer): void;
  close(): Promise<void>;
}

/** A real HTTP receiver on 127.0.0.1 for tests and the bench: records every request, answers as told. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  let answerWith: (request: ReceivedWebhook, index: number) => Answer = () => 200;
  let open = 0;
  let maxOpen = 0;
  const server = createServer((req, res) => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    res.on('close', () => open--);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReceivedWebhook = {
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        path: req.url ?? '/',
      };
      const answer = answerWith(request, received.length);
      received.push(request);
      const { status, delayMs } = typeof answer === 'number' ? { status: answer, delayMs: 0 } : answer;
      request.status = status;
      const reply = () => res.writeHead(status, { 'content-type': 'text/plain' }).end(`answered ${status}`);
      if (delayMs > 0) setTimeout(reply, delayMs);
      else reply();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/omise`,
    received,
    get maxOpen() {
      return maxOpen;
    },
    answer(with_) {
      answerWith = with_;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
