// React wrappers entry (issue 8): filled in by the developers work.
export {};
