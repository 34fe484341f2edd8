/**
 * Text to show, cut after `max` characters with "…": laying out a megabyte of text takes a browser
 * seconds, and one absurdly long field must not freeze the page a card is in.
 */
export const clip = (text: string, max = 300): string => (text.length > max ? text.slice(0, max) + '…' : text);
