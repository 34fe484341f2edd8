// Server-side rendering entry (issue 5): filled in by the publishers work.
export {};
