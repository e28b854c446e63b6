import { SerialSearchForm } from '../../../components/SerialSearchForm';
import { serialPath } from '../supplyPaths';

/** Scan or type a serial number to see where it is and every move it made. */
export function SerialLookup({ initial = '' }: { initial?: string }) {
  return (
    <SerialSearchForm
      label="Find a serial"
      placeholder="Scan or type a serial number"
      pathOf={serialPath}
      testId="serial-lookup"
      initial={initial}
    />
  );
}
