export const helpText = `omise-sim: an offline, stateful simulator of the Omise (Opn Payments) API

Usage: omise-sim [options]                          serve the API
       omise-sim replay LOG --to URL [...]          send a saved delivery log to a URL (replay --help)
       omise-sim replay SCENARIO --merchant URL     replay a saved scenario against a running merchant
                                                    (replay SCENARIO --merchant x --help)
       omise-sim listen --forward-to URL [...]      forward a running simulator's events (listen --help)
       omise-sim scenarios --merchant URL [...]     run the merchant scenarios against a running merchant,
                                                    in any language (scenarios --help)

Options (each also read from the environment variable shown):
  -p, --port N             port to listen on (OMISE_SIM_PORT, default 4100; 0 picks a free one)
      --host HOST          address to bind (OMISE_SIM_HOST, default 127.0.0.1; 0.0.0.0 for phones on the LAN)
      --public-url URL     base URL put in download_uri and authorize_uri
                           (OMISE_SIM_PUBLIC_URL, default: the address each request came to)
      --api-version V      API version events are rendered with, 2019-05-29 or 2017-11-02
                           (OMISE_SIM_API_VERSION, default 2019-05-29); requests may send Omise-Version
      --seed N             make ids and tokens reproducible (OMISE_SIM_SEED)
      --load FILE          start from a snapshot file (GET /_sim/snapshot): every account in it (OMISE_SIM_LOAD)
      --qr-payload MODE    what QR documents encode (OMISE_SIM_QR_PAYLOAD): auto (default), the real
                           Thai QR / SGQR code for PromptPay and PayNow and the wallet page for the rest;
                           wallet_url, the simulator's wallet page (a scanning phone pays or fails the
                           charge) for every method; realistic, method-shaped codes for every method
                           (weixin://wxpay/bizpayurl?pr=..., Alipay+, Thai QR, SGQR)
      --webhook-url URL    where every account's webhooks go to start with (OMISE_SIM_WEBHOOK_URL);
                           per account: PUT /_sim/webhooks
      --webhook-secret S   base64 secret every account signs with (OMISE_SIM_WEBHOOK_SECRET; default:
                           random, shown by GET /_sim/webhooks and, with --webhook-url, at start)
      --webhook-busy-rate N  webhook attempts a second while the API is busy: webhooks are background
                           work that yields to API requests (OMISE_SIM_WEBHOOK_BUSY_RATE, default 500;
                           0 or off: never paced)
      --webhook-busy-time-share F  the share of the event loop's time webhook attempts may take while
                           the API is busy, above 0 to 1 (OMISE_SIM_WEBHOOK_BUSY_TIME_SHARE, default 0.1)
      --log-level L        silent, info (default: one line per request and per webhook attempt, failed
                           deliveries marked FAILED with why) or debug (adds User-Agent, webhook answers)
                           (OMISE_SIM_LOG_LEVEL)
      --log-format F       text (default) or json, one object a line for CI log collectors
                           (OMISE_SIM_LOG_FORMAT)
      --journal-size N     requests kept per account for GET /_sim/requests (OMISE_SIM_JOURNAL_SIZE,
                           default 100; 0 keeps none)
      --store S            where accounts live (OMISE_SIM_STORE): memory (default, fastest, gone on
                           restart) or postgres://user:pass@host/db (kept; any number of instances may
                           share one database behind a load balancer)
      --data-dir DIR       keep every account in DIR across restarts, with no server (OMISE_SIM_DATA_DIR;
                           embedded PostgreSQL, one process per DIR)
Request limits (a request over one is refused with an Omise error; README "Limits"):
      --max-body-bytes N         request body (OMISE_SIM_MAX_BODY_BYTES, default 1048576; 413 above)
      --max-params N             parameters per request (OMISE_SIM_MAX_PARAMS, default 4096)
      --max-depth N              nesting of brackets or JSON (OMISE_SIM_MAX_DEPTH, default 32, at most 1000)
      --max-key-length N         characters in a parameter name (OMISE_SIM_MAX_KEY_LENGTH, default 1024)
      --max-string-length N      characters in a value (OMISE_SIM_MAX_STRING_LENGTH, default 10000)
      --max-metadata-bytes N     metadata as JSON (OMISE_SIM_MAX_METADATA_BYTES, default 65536)
      --max-webhook-endpoints N  a charge's webhook_endpoints (OMISE_SIM_MAX_WEBHOOK_ENDPOINTS, default 20)

  -h, --help               show this help
  -v, --version            show the version

Keys: any skey_test_<account> / pkey_test_<account> works; each <account> is isolated and created on
first use. Live keys are always refused.

Examples:
  curl -u pkey_test_shop: http://127.0.0.1:4100/sources -d type=wechat_pay_mpm -d amount=150000 -d currency=THB
  curl -u skey_test_shop: http://127.0.0.1:4100/charges -d amount=150000 -d currency=THB -d source=src_test_...
  curl -u skey_test_shop: -X POST http://127.0.0.1:4100/charges/chrg_test_.../mark_as_paid
  curl -u skey_test_shop: http://127.0.0.1:4100/_sim/clock/advance -H 'content-type: application/json' -d '{"seconds":7200}'

Dashboard: open http://127.0.0.1:4100/ in a browser (/_sim/ui, no key): each account's charges, sources,
refunds, events, webhook delivery log and request journal, updating live as events arrive; actions on
charges, the clock, webhooks and API faults. Journal: GET /_sim/requests; delivery log: GET /_sim/deliveries.

Control API: GET /_sim lists it; GET /_sim/openapi.json describes everything served (OpenAPI 3.1).
Docs: README.md.`;
