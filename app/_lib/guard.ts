import { notFound } from 'next/navigation';
import { isAppError } from '@/lib/errors';

/**
 * Loads page data through a use case. Another district's data and pages the
 * actor may not use both answer 404, so URLs reveal nothing.
 */
export async function loadOrNotFound<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error) && (error.code === 'not_found' || error.code === 'forbidden')) notFound();
    throw error;
  }
}
