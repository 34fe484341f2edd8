// The elements' props and events in Vue's GlobalComponents, for vue-tsc and Volar.
import type {} from 'quote-cards/vue';
