// The elements' props and events in Vue's GlobalComponents, for vue-tsc and Volar.
import type {} from 'quote-cards/vue';

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
