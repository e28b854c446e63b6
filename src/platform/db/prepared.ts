import { createQueryId, type Compilable, type CompiledQuery } from 'kysely';
import type { AnyDb } from './database.js';

type Scalar = string | number | null;

/**
 * A read whose shape never changes, compiled once. Kysely builds an immutable tree, rewrites it
 * (camel case) and compiles it to SQL on every call; for a small indexed read that costs more
 * than running the query. `build` is called once with a placeholder for each argument; each call
 * then puts the real values in their places and runs the same SQL, in `db` or a transaction.
 *
 * Only for queries whose SQL does not depend on the values (no optional filters, no lists).
 */
export function preparedQuery<A extends Record<string, Scalar>, O>(
  db: AnyDb,
  build: (args: A) => Compilable<O>,
) {
  let compiled: { query: CompiledQuery<O>; slots: [index: number, name: keyof A][] } | null = null;

  // Compiled on the first call, whose arguments name the placeholders.
  function compile(names: (keyof A)[]) {
    const placeholders = Object.fromEntries(
      names.map((name) => [name, `\u0000placeholder:${String(name)}`]),
    ) as A;
    const query = build(placeholders).compile();
    const slots: [number, keyof A][] = [];
    query.parameters.forEach((value, index) => {
      const name = names.find((n) => placeholders[n] === value);
      if (name !== undefined) slots.push([index, name]);
    });
    for (const name of names) {
      if (!slots.some(([, n]) => n === name)) {
        throw new Error(`preparedQuery: argument "${String(name)}" is not a parameter of the SQL`);
      }
    }
    return { query, slots };
  }

  function bind(args: A): CompiledQuery<O> {
    compiled ??= compile(Object.keys(args) as (keyof A)[]);
    const parameters = [...compiled.query.parameters];
    for (const [index, name] of compiled.slots) parameters[index] = args[name];
    return { ...compiled.query, parameters, queryId: createQueryId() };
  }

  return {
    async all(args: A, executor: AnyDb = db): Promise<O[]> {
      return (await executor.executeQuery(bind(args))).rows;
    },
    async first(args: A, executor: AnyDb = db): Promise<O | undefined> {
      return (await executor.executeQuery(bind(args))).rows[0];
    },
  };
}
