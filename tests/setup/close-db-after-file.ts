import type { Db } from '../../db/client';

// getDb() caches one pool per test file (on the file's globalThis). Closing it after the
// file's tests lets jest exit without open handles and keeps connections below the server's limit.
afterAll(async () => {
  const cache = globalThis as unknown as { __skwDb?: Db };
  const db = cache.__skwDb;
  cache.__skwDb = undefined;
  await db?.destroy();
});
