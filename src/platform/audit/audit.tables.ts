export interface AuditLogTable {
  id: string;
  at: number;
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  requestId: string | null;
  customerId: string | null;
}

export interface AuditTables {
  auditLog: AuditLogTable;
}
