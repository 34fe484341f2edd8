import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * How long a test waits for a condition before it calls it missing. Conditions are met in milliseconds on an idle
 * machine; this is the deadline of one that never comes, with room for a machine running other heavy jobs (load 18 on
 * 2 cores took a 1,000-event timeline several seconds to window).
 */
export const CONDITION_DEADLINE = 20_000;

/** `waitUntil` of @open-wc/testing, with one deadline for every condition of the suite. */
export function waitUntil(predicate: () => unknown, message?: string): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: CONDITION_DEADLINE, interval: 20 });
}
