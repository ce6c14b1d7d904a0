// The cold-start baseline: a bare Hono + @hono/node-server app in plain JavaScript (no loader, as
// `node dist/...` runs omise-sim), answering 200 on the port given as its only argument.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/charges', (c) => c.json({ object: 'list', data: [] }));
serve({ fetch: app.fetch, port: Number(process.argv[2]), hostname: '127.0.0.1' });
