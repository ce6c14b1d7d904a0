// Omise-Version: 2019-05-29 is current; 2017-11-02 introduced sources and still renders `created` and
// lower-case currencies (the TrueMoney seed is such a charge). docs.omise.co/upgrade-guide-2017-to-2019.
export type ApiVersion = '2019-05-29' | '2017-11-02';

export const DEFAULT_API_VERSION: ApiVersion = '2019-05-29';

/** Versions older than 2019-05-29 share its predecessor's shapes; unknown ones get the default. */
const KNOWN: Readonly<Record<string, ApiVersion>> = {
  '2019-05-29': '2019-05-29',
  '2017-11-02': '2017-11-02',
  '2015-11-17': '2017-11-02',
  '2014-07-27': '2017-11-02',
};

export function resolveApiVersion(requested: string | null | undefined, fallback: ApiVersion): ApiVersion {
  if (!requested) return fallback;
  return KNOWN[requested.trim()] ?? DEFAULT_API_VERSION;
}

export function isApiVersion(value: string): value is ApiVersion {
  return value === '2019-05-29' || value === '2017-11-02';
}

export interface RenderContext {
  readonly version: ApiVersion;
  /** Render time: the `to` of embedded lists and the clock that windows (refundable, reversible) read. */
  readonly now: number;
}
