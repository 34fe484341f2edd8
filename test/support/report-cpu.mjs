// Preloaded into a CLI run by tests (`node --import ./test/support/report-cpu.mjs bin/quote-cards.mjs …`): writes the
// process's CPU time in milliseconds, all threads, to the file named by QUOTE_CARDS_CPU_FILE when it exits. A busy
// machine stretches wall time far more than CPU time.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeFileSync(process.env.QUOTE_CARDS_CPU_FILE, String((user + system) / 1000));
});
