// The elements' attributes, properties and events in svelte/elements, for svelte-check.
import type {} from 'quote-cards/svelte';
