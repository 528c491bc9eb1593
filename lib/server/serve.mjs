// @ts-check
/**
 * The production server `npm start` runs: Next's request handler behind a plain Node HTTP server,
 * so that the client address Next sees is the connection's and not whatever a client claims
 * (see forwarded-for.mjs). Started by lib/cli/start.ts with PORT and the database settings.
 */
import { createServer } from 'node:http';
import { forwardedFor } from './forwarded-for.mjs';

process.env.NODE_ENV = 'production';
const port = Number(process.env.PORT ?? 3000);
const trustProxy = process.env.SKW_TRUST_PROXY === '1';
// Imported after NODE_ENV is set: Next reads it while loading.
const { default: next } = await import('next');

const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers['x-forwarded-for'] = forwardedFor(req.headers['x-forwarded-for'], req.socket.remoteAddress, trustProxy);
  void handle(req, res);
});
server.listen(port, () => {
  console.log(`Next läuft auf Port ${port}${trustProxy ? ' (hinter einem Reverse Proxy: X-Forwarded-For wird übernommen)' : ''}.`);
});

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections must not hold the shutdown up.
    server.closeAllConnections();
  });
}
