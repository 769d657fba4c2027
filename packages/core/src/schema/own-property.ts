/**
 * Sets an own, enumerable property by plain assignment, which is many times
 * faster than `Object.defineProperty` (tables and subqueries built per
 * statement, as `posts.as('p')` is, pay it for every column). A key named
 * `__proto__`, whose assignment would set the prototype instead, is defined.
 * @internal
 */
export function setOwnProperty(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
