export interface UsersTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  /** JSON array of role names. */
  roles: string;
  customerId: string | null;
  disabledAt: number | null;
  lastLoginAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface SessionsTable {
  /** sha256 of the cookie value: a stolen database does not yield live sessions. */
  id: string;
  userId: string;
  csrfToken: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export interface ApiTokensTable {
  id: string;
  name: string;
  prefix: string;
  secretHash: string;
  scope: 'user' | 'site';
  userId: string | null;
  siteId: string | null;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

/** Failed sign-ins per email and client address; unknown emails are counted the same way. */
export interface LoginThrottleTable {
  email: string;
  ip: string;
  failures: number;
  lockedUntil: number | null;
  updatedAt: number;
}

export interface IdentityTables {
  loginThrottle: LoginThrottleTable;
  users: UsersTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
}
