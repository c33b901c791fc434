// What every domain's write path shares around its transaction: the carrier that rolls a refused
// write back with its userErrors, the error of a lost race, and one retry after a lost race.
import type { UserError } from './errors';

/** Thrown inside a transaction to roll it back; carries the broken rules out to the payload. */
export class Refused extends Error {
  constructor(readonly errors: UserError[]) {
    super('refused');
  }
}

/** Another writer changed the record first (version check); the transaction is rolled back. */
export class ConcurrentWriteError extends Error {
  readonly code = 'CONCURRENT_WRITE';
}

/** A lost race: our version check, or a unique key (such as an idempotency key) stored first. */
export const isRace = (error: unknown) =>
  error instanceof ConcurrentWriteError || (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002');

/**
 * A write that lost a race is tried once more: it then sees the other write, and either replays
 * its stored result or is judged against the new state. A second loss reaches the caller.
 */
export async function retryOnceOnRace<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isRace(error)) throw error;
    return attempt();
  }
}
