/**
 * Runs `work` over every address with at most `concurrency` in flight. Each call is bounded by
 * its own timeouts, so one hanging miner holds one slot for at most its deadline and never the
 * sweep. Results arrive through `onResult` as they come, in no particular order.
 */
export async function sweepAll<T>(
  addresses: readonly string[],
  concurrency: number,
  work: (address: string) => Promise<T>,
  onResult: (address: string, result: T) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < addresses.length) {
      const address = addresses[next++]!;
      onResult(address, await work(address));
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, addresses.length)) }, worker),
  );
}
