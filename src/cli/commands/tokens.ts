import type { Command } from 'commander';
import { systemActor } from '../../platform/authz.js';
import { invalid, notFound } from '../../platform/errors.js';
import { isJson, withSystem } from '../context.js';
import { isoOrDash, printJsonOrText, printTable } from '../output.js';

function intOption(value: string, name: string): number {
  if (!/^\d+$/.test(value))
    throw invalid('CLI_BAD_NUMBER', `${name} must be a whole number (got "${value}")`);
  return Number(value);
}

export function registerTokens(program: Command): void {
  const tokens = program
    .command('tokens')
    .description('Manage API tokens (user or site collector)');
  const actor = systemActor('cli');

  tokens
    .command('create')
    .description(
      'Create a token for a user (--user) or a site collector (--site); prints the secret once',
    )
    .requiredOption('--name <name>', 'what the token is for')
    .option('--user <email>', 'owner user')
    .option('--site <siteId>', 'site collector token for this site')
    .option('--expires-days <n>', 'days until it expires (0 = never)', '90')
    .action(
      async (
        o: { name: string; user?: string; site?: string; expiresDays: string },
        command: Command,
      ) =>
        withSystem(command, async (system) => {
          if (Boolean(o.user) === Boolean(o.site)) {
            throw invalid(
              'CLI_TOKEN_OWNER',
              'Give exactly one of --user <email> or --site <siteId>.',
            );
          }
          const expiresInDays = intOption(o.expiresDays, '--expires-days');
          let userId: string | undefined;
          if (o.user) {
            const user = await system.platform.users.findByEmail(o.user);
            if (!user) throw notFound('USER_NOT_FOUND', `No user with email ${o.user}.`);
            userId = user.id;
          }
          const { token, secret } = await system.platform.tokens.create(actor, {
            name: o.name,
            scope: o.site ? 'site' : 'user',
            userId,
            siteId: o.site,
            expiresInDays,
          });
          printJsonOrText(
            { token, secret },
            `created token ${token.id} (${token.scope}${token.siteId ? ` ${token.siteId}` : ` ${token.userEmail}`}, expires ${isoOrDash(token.expiresAt)})\n${secret}\n(the secret is shown only this once)`,
            isJson(command),
          );
        }),
    );

  tokens
    .command('list')
    .description('List API tokens')
    .action(async (_o: unknown, command: Command) =>
      withSystem(command, async (system) => {
        const rows = await system.platform.tokens.list(actor);
        const json = isJson(command);
        const now = Date.now();
        printTable(
          json
            ? rows
            : rows.map((t) => ({
                ...t,
                owner: t.userEmail ?? `site:${t.siteId}`,
                status: t.revokedAt
                  ? 'revoked'
                  : t.expiresAt !== null && t.expiresAt <= now
                    ? 'expired'
                    : 'active',
                expiresAt: isoOrDash(t.expiresAt),
                lastUsedAt: isoOrDash(t.lastUsedAt),
              })),
          ['id', 'name', 'scope', 'owner', 'status', 'expiresAt', 'lastUsedAt'],
          json,
        );
      }),
    );

  tokens
    .command('revoke')
    .description('Revoke a token by id (servers stop accepting it within 5 seconds)')
    .argument('<id>', 'token id')
    .action(async (id: string, _o: unknown, command: Command) =>
      withSystem(command, async (system) => {
        const token = await system.platform.tokens.revoke(actor, id);
        printJsonOrText(token, `revoked ${token.id} (${token.name})`, isJson(command));
      }),
    );
}
