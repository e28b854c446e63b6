import { useRef, useState } from 'react';

/** The value of a kiosk input, with a way to clear it and put the cursor back for the next scan. */
export function useKioskField() {
  const [value, setValue] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  const focus = () => ref.current?.focus();
  return {
    value,
    setValue,
    ref,
    focus,
    clear: () => {
      setValue('');
      focus();
    },
  };
}

export type KioskField = ReturnType<typeof useKioskField>;
