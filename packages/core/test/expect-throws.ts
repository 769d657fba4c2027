/** Runs `run`, which must throw an error of class `type` whose message is exactly `message`. */
export function expectThrows(run: () => unknown, type: abstract new (...args: never[]) => Error, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(type);
  expect((thrown as Error).message).toBe(message);
}
