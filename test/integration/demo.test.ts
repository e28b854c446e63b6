import { expect, it } from 'vitest';
import type { Seeder } from '../../src/platform/demo/seeder.js';
import { runSeeders } from '../../src/platform/demo/seeder.js';
import { ADMIN_EMAIL, DEMO_STAFF } from '../../src/platform/identity/bootstrap.js';
import { describeEachDialect } from '../kit/world.js';

describeEachDialect('demo world', (world) => {
  it('creates the admin with a generated password once, seeds staff, and reuses data on a re-run', async () => {
    const w = world();
    const lines: string[] = [];
    const first = await w.system.prepareDemo((m) => lines.push(m));
    expect(first).toMatchObject({ email: ADMIN_EMAIL, created: true });
    expect(first.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await w.login(ADMIN_EMAIL, first.password!)).response.statusCode).toBe(200);
    expect((await w.login(DEMO_STAFF[0]!.email, first.password!)).response.statusCode).toBe(200);
    const users = await w.system.platform.users.count();
    const second = await w.system.prepareDemo(() => {});
    expect(second).toMatchObject({ created: false, password: null });
    expect(await w.system.platform.users.count()).toBe(users);
  });

  it('a seeder that fails leaves nothing behind and runs again next time', async () => {
    const w = world();
    const { db, clock } = w.system.platform;
    let fail = true;
    const seeder: Seeder = {
      name: 'test.flaky',
      version: 1,
      async run(ctx) {
        await ctx.db
          .insertInto('seedRuns')
          .values({ name: 'marker', version: 1, ranAt: 0 })
          .execute();
        if (fail) throw new Error('boom');
      },
    };
    await expect(runSeeders({ db, clock, seed: 1, log: () => {} }, [seeder])).rejects.toThrow(
      'boom',
    );
    expect(
      await db
        .selectFrom('seedRuns')
        .selectAll()
        .where('name', 'in', ['marker', 'test.flaky'])
        .execute(),
    ).toEqual([]);
    fail = false;
    expect((await runSeeders({ db, clock, seed: 1, log: () => {} }, [seeder])).ran).toEqual([
      'test.flaky',
    ]);
    expect((await runSeeders({ db, clock, seed: 1, log: () => {} }, [seeder])).skipped).toEqual([
      'test.flaky',
    ]);
  });

  it('seeders get the same random numbers for the same seed and dates relative to now', async () => {
    const w = world();
    const { db, clock } = w.system.platform;
    const draws: number[][] = [];
    const dates: string[] = [];
    for (const name of ['a.one', 'a.two']) {
      await runSeeders({ db, clock, seed: 7, log: () => {} }, [
        {
          name,
          version: 1,
          run: async (ctx) =>
            void (
              draws.push([ctx.random.int(0, 1e6), ctx.random.int(0, 1e6)]),
              dates.push(ctx.dateFromToday(30))
            ),
        },
      ]);
    }
    expect(draws[0]).not.toEqual(draws[1]);
    expect(dates).toEqual(['2026-12-23', '2026-12-23']);
  });
});
