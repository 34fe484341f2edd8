// Loaded first by some test pages: records what the page writes to the console as warnings or
// errors, and the errors it throws, from before any other script runs.
window.__console = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__console.push(`${level}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (event) => window.__console.push(`thrown: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.__console.push(`rejected: ${event.reason?.message ?? event.reason}`));
