import type { Db } from '../../db/client';
import { stopTocLayoutWorker } from '../../lib/export/toc-page-numbers';

// getDb() caches one pool per test file (on the file's globalThis). Closing it after the
// file's tests lets jest exit without open handles and keeps connections below the server's limit.
afterAll(async () => {
  const cache = globalThis as unknown as { __skwDb?: Db };
  const db = cache.__skwDb;
  cache.__skwDb = undefined;
  await db?.destroy();
  // The export's page-layout worker thread, if the file started one, must not outlive the file.
  await stopTocLayoutWorker();
});
