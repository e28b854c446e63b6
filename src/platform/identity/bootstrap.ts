import { randomBytes } from 'node:crypto';
import { systemActor, type Role } from '../authz.js';
import type { Seeder } from '../demo/seeder.js';
import { verifyPassword } from './password.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Clock } from '../clock.js';
import type { EventBus } from '../events/events.js';
import { createUserService, type UserService } from './user.service.js';

export const ADMIN_EMAIL = 'admin@rigline.local';

export interface AdminLogin {
  email: string;
  /** Set only when it is known now: given by the environment or just generated. */
  password: string | null;
  created: boolean;
}

function generatePassword(): string {
  // 18 random bytes, base64url: 24 characters, no ambiguity when read off a terminal.
  return randomBytes(18).toString('base64url');
}

/**
 * Make sure the admin exists. Its password comes from RIGLINE_ADMIN_PASSWORD, or is generated
 * and returned once; given the variable again later, the admin's password is set to it.
 */
export async function ensureAdmin(
  users: UserService,
  givenPassword: string | undefined,
): Promise<AdminLogin> {
  const actor = systemActor('bootstrap');
  const existing = await users.findByEmail(ADMIN_EMAIL);
  if (!existing) {
    const password = givenPassword ?? generatePassword();
    await users.create(actor, {
      email: ADMIN_EMAIL,
      name: 'Administrator',
      roles: ['admin'],
      password,
    });
    return { email: ADMIN_EMAIL, password, created: true };
  }
  if (givenPassword && !(await verifyPassword(givenPassword, existing.passwordHash))) {
    await users.resetPassword(actor, existing.id, givenPassword);
  }
  return { email: ADMIN_EMAIL, password: givenPassword ?? null, created: false };
}

/** One demo colleague per staff role, so each role's view can be tried. */
export const DEMO_STAFF: { email: string; name: string; roles: Role[] }[] = [
  { email: 'planner@rigline.local', name: 'Priya Natarajan', roles: ['planner'] },
  { email: 'lead@rigline.local', name: 'Marcus Hill', roles: ['production'] },
  { email: 'buyer@rigline.local', name: 'Elena Ruiz', roles: ['buyer'] },
  { email: 'trade@rigline.local', name: 'Daniel Okafor', roles: ['trade'] },
  { email: 'sales@rigline.local', name: 'Hannah Cole', roles: ['sales'] },
  { email: 'logistics@rigline.local', name: 'Tomás Rivera', roles: ['logistics'] },
  { email: 'depot@rigline.local', name: 'Grace Lin', roles: ['technician'] },
];

/** Demo staff share a password given at seed time (the admin's, so one login line suffices). */
export function demoStaffSeeder(
  deps: { clock: Clock; audit: AuditLog; events: EventBus },
  password: () => string | null,
): Seeder {
  return {
    name: 'platform.staff',
    version: 1,
    async run(ctx) {
      // Services are built over the seeder's transaction, so everything lands together.
      const users = createUserService({ ...deps, db: ctx.db });
      const pw = password() ?? generatePassword();
      for (const person of DEMO_STAFF) {
        if (await users.findByEmail(person.email)) continue;
        await users.create(ctx.actor, { ...person, password: pw });
      }
      ctx.log(
        `created ${DEMO_STAFF.length} demo staff users (${DEMO_STAFF.map((p) => p.email).join(', ')})`,
      );
    },
  };
}
