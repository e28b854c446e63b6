import type { Warranty } from '../../../api/serviceTypes';

/**
 * The day cover ends: the later of the machine's term and the cover a repair carries (ISO
 * dates compare as text); null once voided, whatever the term says.
 */
export function coveredUntil(w: Pick<Warranty, 'state' | 'endsOn' | 'repairCoverEndsOn'>) {
  if (w.state === 'void') return null;
  return w.repairCoverEndsOn && w.repairCoverEndsOn > w.endsOn ? w.repairCoverEndsOn : w.endsOn;
}
