import type { AuditEntry } from '../../../api/types';

export function actorDisplayName(
  entry: Pick<AuditEntry, 'actorType' | 'actorId' | 'actorLabel'>,
): string {
  if (entry.actorLabel) return entry.actorLabel;
  if (entry.actorId) return entry.actorId;
  return entry.actorType === 'system' ? 'System' : 'Unknown';
}
