// @ts-check
/**
 * The production server `npm start` runs: Next's request handler behind a plain Node HTTP server,
 * so that the client address Next sees is the connection's (or, behind declared reverse proxies,
 * the client they saw) and not whatever a client claims (see forwarded-for.mjs). Started by
 * lib/cli/start.ts with PORT and the database settings.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { OWN_HOP_HEADER, clientAddress, trustedProxies } from './forwarded-for.mjs';

process.env.NODE_ENV = 'production';
const port = Number(process.env.PORT ?? 3000);
const trusted = readTrustedProxies();
/** Marks requests Next sends back to this server (see OWN_HOP_HEADER); never leaves the process. */
const hopToken = randomBytes(18).toString('base64url');
/** How long running requests (an export, an autosave) may finish when the server stops. */
const DRAIN_MS = 10_000;

/** SKW_TRUSTED_PROXIES, or the end of the start with the entry that is no address (a typo must not trust the wrong hop). */
function readTrustedProxies() {
  try {
    return trustedProxies(process.env.SKW_TRUSTED_PROXIES);
  } catch (error) {
    console.error(`Der Server konnte nicht starten: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

// Imported after NODE_ENV is set: Next reads it while loading.
const { default: next } = await import('next');

const app = next({ dev: false, dir: process.cwd(), hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

let warnedAboutProxy = false;
const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress;
  const decided = clientAddress({ headers: req.headers, peer, trusted, hopToken });
  if (!warnedAboutProxy && decided.undeclaredProxy) {
    warnedAboutProxy = true;
    console.warn(
      `Hinweis: Anfragen kommen über einen Reverse Proxy (${peer}), der nicht in SKW_TRUSTED_PROXIES steht. ` +
        'Die Anmeldebremse zählt dann alle Nutzer:innen als eine Adresse. Tragen Sie die Adresse des Proxys ein.',
    );
  }
  req.headers['x-forwarded-for'] = decided.forwardedFor;
  req.headers[OWN_HOP_HEADER] = hopToken;
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.on('error', (error) => {
  console.error(`Der Server konnte nicht starten: ${error.message}`);
  process.exit(1);
});
server.listen(port, () => {
  console.log(`Next läuft auf Port ${port}${trusted.list.length ? ` (vertrauenswürdige Proxys: ${trusted.list.join(', ')})` : ''}.`);
});

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  // Take no new connections, let running requests finish, then close Next; give up after DRAIN_MS.
  const force = setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, DRAIN_MS);
  force.unref();
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.once(signal, shutdown);
// Started by the launcher (npm start) with a channel to it: when the launcher is gone (killed without a chance to
// stop this server), the channel closes, and this server stops too instead of holding the port with no database.
if (process.send) {
  process.channel?.unref();
  process.once('disconnect', shutdown);
}
