import { startRunDatabases } from './test-databases';

export default async function globalSetup(): Promise<void> {
  await startRunDatabases();
}
