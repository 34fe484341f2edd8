// Fuzzing settings, served by the test server from the environment (see web-test-runner.config.mjs):
// FUZZ_RUNS sets the number of cases, FUZZ_SEED replays a failing run.
// @ts-expect-error: a module the test server makes up
import settings from '/__fuzz-settings.js';

export const FUZZ_RUNS: number = settings.runs;
export const FUZZ_SEED: number | undefined = settings.seed;
