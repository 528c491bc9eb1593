import { stopRunDatabases } from './test-databases';

export default async function globalTeardown(): Promise<void> {
  await stopRunDatabases();
}
