// .vue files as modules, for tsc (vue-tsc and Volar know them without this).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
