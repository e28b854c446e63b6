import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '../authz.js';
import { hasAnyRole, requireAnyRole } from '../authz.js';
import type { AuditLog } from '../audit/audit.service.js';
import type { Clock } from '../clock.js';
import { inTransaction, tablesOf, type AnyDb } from '../db/database.js';
import { preparedQuery } from '../db/prepared.js';
import { forbidden, invalid, notFound } from '../errors.js';
import type { EventBus } from '../events/events.js';
import { newId, newSecret } from '../ids.js';
import type { ApiTokensTable, IdentityTables } from './identity.tables.js';
import { actorOfSite, actorOfUser } from './principal.js';
import type { CachedToken, PrincipalCache } from './principal-cache.js';
import { hashToken } from './session.service.js';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scope: 'user' | 'site';
  userId: string | null;
  userEmail: string | null;
  siteId: string | null;
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface NewToken {
  name: string;
  scope: 'user' | 'site';
  userId?: string | undefined;
  siteId?: string | undefined;
  expiresInDays?: number | undefined;
}

/** Bearer tokens read `rgl_<token id>_<secret>`: the id finds the row, the secret proves it. */
const TOKEN_PATTERN = /^rgl_([0-9a-f-]{36})_([A-Za-z0-9_-]{20,})$/;
const TOUCH_EVERY_MS = 60_000;
export const DEFAULT_TOKEN_DAYS = 90;

export const tokenNotFound = () => notFound('TOKEN_NOT_FOUND', 'No such API token.');

type TokenRow = ApiTokensTable & { userEmail: string | null; ownerCustomerId: string | null };

function present(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    userId: row.userId,
    userEmail: row.userEmail,
    siteId: row.siteId,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

export function createTokenService(deps: {
  db: AnyDb;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  cache: PrincipalCache;
}) {
  const db = tablesOf<IdentityTables>(deps.db);
  const withEmail = (d: typeof db) =>
    d
      .selectFrom('apiTokens')
      .leftJoin('users', 'users.id', 'apiTokens.userId')
      .selectAll('apiTokens')
      .select(['users.email as userEmail', 'users.customerId as ownerCustomerId']);
  // The token lists are read on every visit of the tokens page and by integrations.
  const listAll = preparedQuery(deps.db, () => withEmail(db).orderBy('apiTokens.id', 'desc'));
  const listOwn = preparedQuery(deps.db, (a: { userId: string }) =>
    withEmail(db).where('apiTokens.userId', '=', a.userId).orderBy('apiTokens.id', 'desc'),
  );

  /** Read a live token (and its enabled user) and remember it; null when it cannot be used. */
  async function load(id: string): Promise<CachedToken | null> {
    const readAt = deps.cache.generation();
    const row = await db
      .selectFrom('apiTokens')
      .leftJoin('users', 'users.id', 'apiTokens.userId')
      .select([
        'apiTokens.id',
        'apiTokens.secretHash',
        'apiTokens.scope',
        'apiTokens.siteId',
        'apiTokens.expiresAt',
        'apiTokens.revokedAt',
        'apiTokens.lastUsedAt',
        'users.id as userId',
        'users.email',
        'users.name',
        'users.roles',
        'users.customerId',
        'users.disabledAt',
      ])
      .where('apiTokens.id', '=', id)
      .executeTakeFirst();
    if (!row || row.revokedAt !== null) return null;
    const userUsable = row.userId && row.email && row.name && row.roles && row.disabledAt === null;
    if (row.scope === 'user' && !userUsable) return null;
    const now = deps.clock.now();
    if (row.lastUsedAt === null || now - row.lastUsedAt > TOUCH_EVERY_MS) {
      await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
    }
    const entry: CachedToken = {
      tokenId: row.id,
      secretHash: Buffer.from(row.secretHash, 'hex'),
      tokenExpiresAt: row.expiresAt,
      scope: row.scope,
      siteId: row.siteId,
      user: userUsable
        ? {
            id: row.userId!,
            email: row.email!,
            name: row.name!,
            roles: JSON.parse(row.roles!) as string[],
            customerId: row.customerId,
          }
        : null,
    };
    deps.cache.set(entry, readAt);
    return entry;
  }

  return {
    async create(actor: Actor, input: NewToken): Promise<{ token: ApiToken; secret: string }> {
      if (actor.type !== 'user' && actor.type !== 'system') {
        throw forbidden('TOKEN_CREATE_FORBIDDEN', 'Only users can create API tokens.');
      }
      let userId: string | null = null;
      let siteId: string | null = null;
      if (input.scope === 'site') {
        requireAnyRole(actor, ['admin']);
        if (!input.siteId) {
          throw invalid('TOKEN_SITE_REQUIRED', 'A site collector token needs a site id.', [
            { path: 'siteId', message: 'required for scope "site"' },
          ]);
        }
        siteId = input.siteId;
      } else {
        userId = input.userId ?? actor.id;
        if (!userId) throw invalid('TOKEN_USER_REQUIRED', 'A user token needs a user id.');
        // Anyone may hold tokens for themselves; only an admin issues tokens for someone else.
        if (userId !== actor.id) requireAnyRole(actor, ['admin']);
      }
      const now = deps.clock.now();
      const id = newId();
      const secret = newSecret();
      const days = input.expiresInDays ?? DEFAULT_TOKEN_DAYS;
      if (days === 0 && !hasAnyRole(actor, ['admin'])) {
        // A leaked token must not be able to mint a successor that outlives its revocation.
        throw invalid(
          'TOKEN_EXPIRY_REQUIRED',
          'Only an admin can create a token that never expires.',
          [{ path: 'expiresInDays', message: 'at least 1 day' }],
        );
      }
      const bearer = `rgl_${id}_${secret}`;
      const row: ApiTokensTable = {
        id,
        name: input.name.trim(),
        prefix: bearer.slice(0, 12),
        secretHash: hashToken(secret),
        scope: input.scope,
        userId,
        siteId,
        createdBy: actor.id,
        createdAt: now,
        expiresAt: days === 0 ? null : now + days * 86_400_000,
        lastUsedAt: null,
        revokedAt: null,
      };
      const token = await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<IdentityTables>(trx);
        if (userId) {
          const owner = await t
            .selectFrom('users')
            .select('id')
            .where('id', '=', userId)
            .executeTakeFirst();
          if (!owner) throw notFound('USER_NOT_FOUND', 'No such user.');
        }
        await t.insertInto('apiTokens').values(row).execute();
        const createdRow = (await withEmail(t).where('apiTokens.id', '=', id).executeTakeFirst())!;
        const created = present(createdRow);
        // Audit and events belong to the owner's account, whoever made the token.
        const customerId = createdRow.ownerCustomerId;
        await deps.audit.record(trx, actor, {
          action: 'token.create',
          entityType: 'api_token',
          entityId: id,
          after: created,
          customerId,
        });
        await deps.events.emit(trx, {
          type: 'token.created',
          entityType: 'api_token',
          entityId: id,
          customerId,
          payload: { id, name: created.name, scope: created.scope, userId, siteId },
        });
        return created;
      });
      return { token, secret: bearer };
    },

    async list(actor: Actor): Promise<ApiToken[]> {
      const rows = hasAnyRole(actor, ['admin'])
        ? await listAll.all({})
        : await listOwn.all({ userId: actor.id ?? '' });
      return rows.map(present);
    },

    async revoke(actor: Actor, id: string): Promise<ApiToken> {
      const revoked = await inTransaction(deps.db, async (trx) => {
        const t = tablesOf<IdentityTables>(trx);
        const row = await withEmail(t).where('apiTokens.id', '=', id).executeTakeFirst();
        // Someone else's token is "not found" to a non-admin: existence does not leak.
        if (!row || (row.userId !== actor.id && !hasAnyRole(actor, ['admin'])))
          throw tokenNotFound();
        const before = present(row);
        if (row.revokedAt !== null) return before;
        const now = deps.clock.now();
        await t.updateTable('apiTokens').set({ revokedAt: now }).where('id', '=', id).execute();
        const after = { ...before, revokedAt: now };
        await deps.audit.record(trx, actor, {
          action: 'token.revoke',
          entityType: 'api_token',
          entityId: id,
          before,
          after,
          customerId: row.ownerCustomerId,
        });
        await deps.events.emit(trx, {
          type: 'token.revoked',
          entityType: 'api_token',
          entityId: id,
          customerId: row.ownerCustomerId,
          payload: { id, name: row.name },
        });
        return after;
      });
      // After commit; a load racing the revocation is kept out by the cache's generation.
      deps.cache.forgetToken(id);
      return revoked;
    },

    /** The actor behind a bearer token, or null when it is unknown, wrong, revoked or expired. */
    async resolve(bearer: string, requestId: string | null): Promise<Actor | null> {
      const match = TOKEN_PATTERN.exec(bearer);
      if (!match) return null;
      const [, id, secret] = match as unknown as [string, string, string];
      const known = deps.cache.get(id) ?? (await load(id));
      if (!known) return null;
      const actual = Buffer.from(hashToken(secret), 'hex');
      if (known.secretHash.length !== actual.length || !timingSafeEqual(known.secretHash, actual)) {
        return null;
      }
      if (known.tokenExpiresAt !== null && known.tokenExpiresAt <= deps.clock.now()) return null;
      if (known.scope === 'site') {
        return known.siteId ? actorOfSite(known.siteId, requestId, id) : null;
      }
      return known.user
        ? actorOfUser(known.user as Parameters<typeof actorOfUser>[0], requestId, id)
        : null;
    },

    async countActive(actor: Actor): Promise<number> {
      const now = deps.clock.now();
      let q = db
        .selectFrom('apiTokens')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('revokedAt', 'is', null)
        .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', now)]));
      if (!hasAnyRole(actor, ['admin'])) q = q.where('userId', '=', actor.id ?? '');
      return Number((await q.executeTakeFirstOrThrow()).n);
    },
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
