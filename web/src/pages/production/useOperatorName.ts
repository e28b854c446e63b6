import { useCurrentUser } from '../../auth/CurrentUserContext';

/**
 * How an operation's operator is shown: the signed-in user's own records by name; others as
 * recorded (a user id, or a system label such as a demo seeder).
 */
export function useOperatorName(): (operator: string) => string {
  const me = useCurrentUser();
  return (operator) => (operator === me.id ? me.name : operator);
}
