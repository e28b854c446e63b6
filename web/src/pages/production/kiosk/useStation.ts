import { useLocalStorage } from '@mantine/hooks';

/** The station this kiosk stands at (e.g. SMT-1), remembered on this device. */
export function useStation(): [string, (station: string) => void] {
  const [station, setStation] = useLocalStorage({
    key: 'rigline.kiosk.station',
    defaultValue: '',
    getInitialValueInEffect: false,
  });
  return [station, setStation];
}
