import { describe, expect, it } from 'vitest';
import type { Actor } from './authz.js';
import {
  assertCustomerAccess,
  customerForWrite,
  customerScope,
  hasAnyRole,
  systemActor,
} from './authz.js';
import { notFound } from './errors.js';

const user = (roles: Actor['roles'], customerId: string | null = null): Actor => ({
  type: 'user',
  id: 'u1',
  label: 'u@x',
  name: 'U',
  roles,
  customerId,
  siteId: null,
  requestId: null,
  tokenId: null,
});
const hidden = () => notFound('THING_NOT_FOUND', 'no');

describe('authorization helper', () => {
  it('admins and the system pass role checks; others need a listed role', () => {
    expect(hasAnyRole(user(['admin']), ['planner'])).toBe(true);
    expect(hasAnyRole(systemActor('job'), ['buyer'])).toBe(true);
    expect(hasAnyRole(user(['sales']), ['planner', 'sales'])).toBe(true);
    expect(hasAnyRole(user(['sales']), ['planner'])).toBe(false);
  });

  it('confines customers to their own account; staff are unrestricted', () => {
    expect(customerScope(user(['planner']))).toBeNull();
    expect(customerScope(user(['customer'], 'c1'))).toBe('c1');
    expect(() => assertCustomerAccess(user(['customer'], 'c1'), 'c2', hidden)).toThrow('no');
    expect(() => assertCustomerAccess(user(['customer'], 'c1'), null, hidden)).toThrow('no');
    expect(() => assertCustomerAccess(user(['customer'], 'c1'), 'c1', hidden)).not.toThrow();
    expect(() => assertCustomerAccess(user(['sales']), 'c2', hidden)).not.toThrow();
  });

  it('writes by customers always land in their own account', () => {
    expect(customerForWrite(user(['customer'], 'c1'), undefined)).toBe('c1');
    expect(() => customerForWrite(user(['customer'], 'c1'), 'c2')).toThrow(/own account/);
    expect(customerForWrite(user(['sales']), 'c2')).toBe('c2');
  });

  it('refuses customer users without an account and site tokens', () => {
    expect(() => customerScope(user(['customer'], null))).toThrow(/not linked/);
    expect(() => customerScope({ ...user([]), type: 'site', siteId: 's1' })).toThrow(
      /site collector/,
    );
  });
});
