// Text from an article (ids, names, JSON snippets) printed to a terminal: control characters and
// bidirectional overrides are shown escaped (\u001b), so that no article can move the cursor,
// recolour the screen, set the window title or reorder what is shown.
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const UNPRINTABLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character but the line feed escaped as \uXXXX. */
export function printable(text) {
  return String(text).replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` on one line: line feeds escaped too. */
export function printableLine(text) {
  return printable(text).replaceAll('\n', '\\n');
}
