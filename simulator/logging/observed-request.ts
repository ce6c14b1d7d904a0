/** One finished request as the simulator saw it: what the logs print and the request journal keeps. */
export interface ObservedRequest {
  /** Real time the request arrived, in ms since the epoch (formatted only where it is printed). */
  readonly at: number;
  /** The account its key names; null when it carried no usable test key. */
  readonly account: string | null;
  readonly method: string;
  readonly path: string;
  /** The query string without its `?`; empty when there is none. */
  readonly query: string;
  readonly status: number;
  readonly durationMs: number;
  readonly userAgent: string | null;
  /** The body as received (empty when it was not read). */
  readonly requestBody: string;
  /** The answer's body when it is JSON, else null. */
  readonly responseBody: string | null;
}
