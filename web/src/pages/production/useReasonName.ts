import { useReasonCodes } from '../../api/shopFloor';

/** The name of a rework or scrap reason by its code; the code until the codes have loaded. */
export function useReasonName(): (code: string) => string {
  const reasons = useReasonCodes();
  const names = new Map((reasons.data ?? []).map((reason) => [reason.code, reason.name]));
  return (code) => names.get(code) ?? code;
}
