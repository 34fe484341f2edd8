// The elements in React 19's JSX, typed from quote-cards' custom-elements.json.
import type { CustomElements } from 'quote-cards/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
