import { Button, Center, Stack } from '@mantine/core';
import { ProblemAlert } from './ProblemAlert';

interface FullPageErrorProps {
  error: unknown;
  onRetry: () => void;
}

export function FullPageError({ error, onRetry }: FullPageErrorProps) {
  return (
    <Center h="100vh" p="md">
      <Stack maw={480} w="100%">
        <ProblemAlert error={error} title="Rigline could not load" />
        <Button variant="default" onClick={onRetry}>
          Try again
        </Button>
      </Stack>
    </Center>
  );
}
