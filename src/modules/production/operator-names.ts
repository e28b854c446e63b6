import { tablesOf, type AnyDb } from '../../platform/db/database.js';
import type { PeopleDirectory } from '../../platform/module.js';
import type { ProductionTables } from './production.tables.js';

/**
 * Operations record who did them as a user id (scanned at a kiosk or station by a signed-in
 * person) or as an employee number (a line worker without an account). Views show a name for
 * either; anything else (a system label such as `line`) is shown as recorded.
 */
export function createOperatorNames(deps: { db: AnyDb; people: PeopleDirectory }) {
  const db = tablesOf<ProductionTables>(deps.db);
  return async function named<T extends { operator: string }>(
    operations: T[],
  ): Promise<(T & { operatorName: string })[]> {
    const operators = [...new Set(operations.map((o) => o.operator))];
    if (operators.length === 0) return [];
    const [users, staff] = await Promise.all([
      deps.people.namesOf(operators),
      db
        .selectFrom('productionStaff')
        .select(['employeeNo', 'name'])
        .where('employeeNo', 'in', operators)
        .execute(),
    ]);
    const names = new Map([...staff.map((s) => [s.employeeNo, s.name] as const), ...users]);
    return operations.map((o) => ({ ...o, operatorName: names.get(o.operator) ?? o.operator }));
  };
}
export type OperatorNames = ReturnType<typeof createOperatorNames>;
