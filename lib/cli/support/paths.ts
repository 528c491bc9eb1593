import path from 'node:path';

/** The embedded database's folder: ./.data unless SKW_DATA_DIR says otherwise. */
export function dataDir(): string {
  return path.resolve(process.env.SKW_DATA_DIR ?? '.data');
}

export function pgDataDir(): string {
  return path.join(dataDir(), 'pgdata');
}
