// Loads, before each test file of the projects whose files share modules (vitest.config.ts, `isolate: false`),
// the modules the simulator loads on first use: the QR encoder and rasteriser, the webhooks' HTTP client and
// Hono's streaming helper. Otherwise a file can end while one of its simulators is still loading one (the QR
// warm-up fires a second after the first document; a webhook attempt may be starting): vitest refuses a module
// fetched after its file's environment is torn down, and the module that asked for it stays failed in the
// worker's module graph, so every later file of that worker answered QR downloads with a 500. Loaded once per
// worker (and again after a file resets its modules); an import of a loaded module fetches nothing.
await Promise.all([
  import('../documents/render-qr-svg.js'),
  import('../documents/rasterise-qr.js'),
  import('../webhooks/delivery/send-over-http.js'),
  import('hono/streaming'),
]);
