import highsModule, { type Highs } from 'highs';

type Loader = () => Promise<Highs>;
// The package's types describe a CommonJS default, while Node loads its ES build, whose
// default export is the loader itself: take whichever shape arrives.
const shaped = highsModule as unknown as Loader | { default: Loader };
const load: Loader = typeof shaped === 'function' ? shaped : shaped.default;

let solver: Promise<Highs> | undefined;

/** HiGHS (WebAssembly), loaded once per process on first use. */
export function loadSolver(): Promise<Highs> {
  solver ??= load();
  return solver;
}
