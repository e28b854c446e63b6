import { notifications } from '@mantine/notifications';

/** A green notification naming the serial an action was done on. */
export function notifyDone(title: string, serial: string) {
  notifications.show({ color: 'green', title, message: serial, autoClose: 4000 });
}
