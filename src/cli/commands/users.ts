import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { systemActor, ROLES, type Role } from '../../platform/authz.js';
import { invalid, notFound } from '../../platform/errors.js';
import { isJson, withSystem } from '../context.js';
import { isoOrDash, printJsonOrText, printTable } from '../output.js';

function parseRoles(text: string): Role[] {
  const roles = text
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length)
    throw invalid(
      'CLI_BAD_ROLE',
      `Unknown role(s): ${unknown.join(', ')}. Roles: ${ROLES.join(', ')}`,
    );
  return roles as Role[];
}

const generated = () => randomBytes(18).toString('base64url');

export function registerUsers(program: Command): void {
  const users = program.command('users').description('Manage users');
  const actor = systemActor('cli');

  users
    .command('add')
    .description('Create a user (prints a generated password when none is given)')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--roles <list>', `comma-separated: ${ROLES.join(', ')}`)
    .option('--customer-id <id>', 'customer account (customer role only)')
    .option(
      '--password <password>',
      'initial password (at least 12 characters); prefer the generated one',
    )
    .action(
      async (
        o: { email: string; name: string; roles: string; customerId?: string; password?: string },
        command: Command,
      ) =>
        withSystem(command, async (system) => {
          const password = o.password ?? generated();
          const user = await system.platform.users.create(actor, {
            email: o.email,
            name: o.name,
            roles: parseRoles(o.roles),
            customerId: o.customerId ?? null,
            password,
          });
          const shown = o.password
            ? ''
            : `\npassword: ${password}   (generated: shown only this once)`;
          printJsonOrText(
            o.password ? { user } : { user, password },
            `created ${user.email} (${user.roles.join(', ')}) id ${user.id}${shown}`,
            isJson(command),
          );
        }),
    );

  users
    .command('list')
    .description('List users')
    .option('--role <role>', 'only users holding this role')
    .option('-q, --query <text>', 'search email and name')
    .action(async (o: { role?: string; query?: string }, command: Command) =>
      withSystem(command, async (system) => {
        const role = o.role ? parseRoles(o.role)[0] : undefined;
        const rows = [];
        let cursor: string | undefined;
        do {
          const page = await system.platform.users.list(actor, {
            role,
            q: o.query,
            cursor,
            limit: 500,
          });
          rows.push(...page.items);
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
        const json = isJson(command);
        printTable(
          json
            ? rows
            : rows.map((u) => ({
                ...u,
                lastLoginAt: isoOrDash(u.lastLoginAt),
                status: u.disabled ? 'disabled' : 'active',
              })),
          ['email', 'name', 'roles', 'customerId', 'status', 'lastLoginAt', 'id'],
          json,
        );
      }),
    );

  users
    .command('reset-password')
    .description(
      "Set a user's password and clear a lockout (prints a generated one when none is given)",
    )
    .argument('<email>', 'the user')
    .option('--password <password>', 'new password (at least 12 characters)')
    .action(async (email: string, o: { password?: string }, command: Command) =>
      withSystem(command, async (system) => {
        const user = await system.platform.users.findByEmail(email);
        if (!user) throw notFound('USER_NOT_FOUND', `No user with email ${email}.`);
        const password = o.password ?? generated();
        await system.platform.users.resetPassword(actor, user.id, password);
        printJsonOrText(
          o.password ? { email: user.email } : { email: user.email, password },
          `password reset for ${user.email}${o.password ? '' : `\npassword: ${password}   (generated: shown only this once)`}`,
          isJson(command),
        );
      }),
    );
}
