import { SerialSearchForm } from '../../../components/SerialSearchForm';
import { unitPath } from '../productionPaths';

/** Scan or type a unit or hashboard serial to open its genealogy and burn-in record. */
export function UnitLookup({ initial = '' }: { initial?: string }) {
  return (
    <SerialSearchForm
      label="Find a unit"
      placeholder="Unit or hashboard serial"
      pathOf={unitPath}
      testId="unit-lookup"
      initial={initial}
    />
  );
}
