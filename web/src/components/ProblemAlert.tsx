import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError, type ProblemFieldError } from '../api/problem';

interface ProblemAlertProps {
  error: unknown;
  /** Heading; defaults to the problem's title. */
  title?: string;
  /**
   * Per-field errors to list under the detail. Pass the ones not shown next to
   * an input; when omitted, every field error of the problem is listed.
   */
  fieldErrors?: ProblemFieldError[];
  'data-testid'?: string;
}

function describe(error: unknown): {
  title: string;
  detail: string;
  fieldErrors: ProblemFieldError[];
} {
  if (isApiError(error)) {
    return {
      title: error.problem.title,
      detail: error.problem.detail,
      fieldErrors: error.fieldErrors,
    };
  }
  const detail = error instanceof Error ? error.message : 'Something went wrong.';
  return { title: 'Error', detail, fieldErrors: [] };
}

/** Shows a server problem (+json) or any other error: its `detail` and per-field messages. */
export function ProblemAlert({
  error,
  title,
  fieldErrors,
  'data-testid': testId,
}: ProblemAlertProps) {
  if (!error) return null;
  const problem = describe(error);
  // The server's detail often repeats the first field error ("path: message"): list it once.
  const listed = (fieldErrors ?? problem.fieldErrors).filter(
    (fieldError) => `${fieldError.path}: ${fieldError.message}` !== problem.detail,
  );
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} />}
      title={title ?? problem.title}
      data-testid={testId}
      role="alert"
    >
      {problem.detail}
      {listed.length > 0 && (
        <List size="sm" mt="xs">
          {listed.map((fieldError) => (
            <List.Item key={`${fieldError.path}:${fieldError.message}`}>
              {fieldError.path ? `${fieldError.path}: ` : ''}
              {fieldError.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
