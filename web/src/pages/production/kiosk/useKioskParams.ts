import { useSearchParams } from 'react-router';
import { isKioskMode, type KioskMode } from './kioskModes';

/** The kiosk's mode, scanned serial and work order, kept in the address (links can open them). */
export function useKioskParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('mode');
  const mode: KioskMode = isKioskMode(raw) ? raw : 'scan';

  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  return {
    mode,
    serial: params.get('serial') || null,
    workOrder: params.get('wo') || null,
    /** Another mode, optionally on a serial; a serial of the mode left behind is dropped. */
    setMode: (next: KioskMode, serial: string | null = null) => update({ mode: next, serial }),
    setSerial: (serial: string | null) => update({ serial }),
    setWorkOrder: (workOrder: string | null) => update({ wo: workOrder }),
  };
}
