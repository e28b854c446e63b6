// One shard of the benchmark's simulated site, in its own process (the simulator and the
// collector then share the machine's two cores as a real site's would share nothing).
// Usage: node --import tsx bench/fleet-sim.ts '<SimulatorOptions as JSON>'
import { startSimulator } from '../src/modules/fleet/index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as Parameters<typeof startSimulator>[0];
const sim = await startSimulator(options);
process.stdout.write(`ready ${sim.miners.length}\n`);
const stop = () => {
  void sim.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
