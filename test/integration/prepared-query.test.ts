import { expect, it } from 'vitest';
import { inTransaction, tablesOf } from '../../src/platform/db/database.js';
import { preparedQuery } from '../../src/platform/db/prepared.js';
import type { IdentityTables } from '../../src/platform/identity/identity.tables.js';
import { describeEachDialect } from '../kit/world.js';

describeEachDialect('prepared queries', (world) => {
  const usersByRoleAndCustomer = (w: ReturnType<typeof world>) => {
    const db = tablesOf<IdentityTables>(w.system.platform.db);
    return preparedQuery(w.system.platform.db, (a: { email: string; customerId: string }) =>
      db
        .selectFrom('users')
        .select(['email', 'customerId', 'createdAt'])
        .where((eb) => eb.or([eb('email', '=', a.email), eb('customerId', '=', a.customerId)]))
        .orderBy('email'),
    );
  };

  it('runs the compiled SQL with each call’s own values, in camel case', async () => {
    const w = world();
    await w.createUser(['customer'], { customerId: 'c-1', email: 'a@one.example' });
    await w.createUser(['customer'], { customerId: 'c-2', email: 'b@two.example' });
    await w.createUser(['planner'], { email: 'p@plant.example' });
    const query = usersByRoleAndCustomer(w);

    const first = await query.all({ email: 'p@plant.example', customerId: 'c-1' });
    expect(first.map((r) => r.email)).toEqual(['a@one.example', 'p@plant.example']);
    expect(first[0]).toMatchObject({ customerId: 'c-1', createdAt: expect.any(Number) });

    const second = await query.all({ email: 'nobody@x.example', customerId: 'c-2' });
    expect(second.map((r) => r.email)).toEqual(['b@two.example']);
    expect(await query.first({ email: 'nobody@x.example', customerId: 'none' })).toBeUndefined();
  });

  it('runs inside a transaction and sees its uncommitted writes', async () => {
    const w = world();
    const query = usersByRoleAndCustomer(w);
    await w.createUser(['planner'], { email: 'seen@plant.example' });
    await expect(
      inTransaction(w.system.platform.db, async (trx) => {
        await tablesOf<IdentityTables>(trx)
          .updateTable('users')
          .set({ customerId: 'c-9' })
          .where('email', '=', 'seen@plant.example')
          .execute();
        const inside = await query.all({ email: '-', customerId: 'c-9' }, trx);
        expect(inside.map((r) => r.email)).toEqual(['seen@plant.example']);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await query.all({ email: '-', customerId: 'c-9' })).toEqual([]);
  });

  it('refuses a query that does not use an argument as a parameter', async () => {
    const w = world();
    const db = tablesOf<IdentityTables>(w.system.platform.db);
    const ignoresEmail = preparedQuery(w.system.platform.db, (_a: { email: string }) =>
      db.selectFrom('users').select('email'),
    );
    await expect(ignoresEmail.all({ email: 'x@y.example' })).rejects.toThrow(
      'argument "email" is not a parameter',
    );
  });
});
