/**
 * Runs `then` once a mutation succeeds, even when the component that started it is gone by
 * then: a step that moves a record on often unmounts its own form, and a `mutate` callback
 * would be skipped. A failure is left to the mutation's `error`, which the page shows.
 */
export function whenDone<T>(promise: Promise<T>, then: (value: T) => void): void {
  promise.then(then, () => undefined);
}
