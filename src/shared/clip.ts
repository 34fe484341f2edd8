/**
 * Text to show, cut after `max` characters with "…": laying out a megabyte of text takes a browser
 * seconds, and one absurdly long field must not freeze the page a card is in. A run of combining marks
 * keeps its first 30 (Unicode's stream-safe limit, UAX #15): browsers lay out one letter carrying thousands
 * of marks in time growing with the square of their number (WebKit: half a second for 5,000).
 */
export const clip = (text: string, max = 300): string =>
  text.slice(0, max).replace(/(?<!\p{M})(\p{M}{30})\p{M}+/gu, '$1') + (text[max] ? '…' : '');
