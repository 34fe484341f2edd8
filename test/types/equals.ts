/** true when A and B are the same type (any is only the same as any). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `equal<Equals<X, Y>>(true)` fails to compile unless X and Y are the same type. */
export function equal<T extends boolean>(value: T & true): void {
  void value;
}
