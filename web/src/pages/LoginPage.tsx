import { useEffect, useState, type FormEvent } from 'react';
import {
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCpu } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { useLogin } from '../api/auth';
import { ProblemAlert } from '../components/ProblemAlert';
import { afterLoginPath } from '../auth/loginRedirect';

export function LoginPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  // Arriving here means there is no session: drop whatever the previous one cached.
  useEffect(() => {
    queryClient.clear();
  }, [queryClient]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(afterLoginPath(location.state), { replace: true }),
        onError: () => setPassword(''),
      },
    );
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={400}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Group gap={8}>
              <IconCpu size={28} stroke={1.8} />
              <Title order={2}>Rigline</Title>
            </Group>
            <Text c="dimmed" size="sm">
              Sign in with your work email.
            </Text>
            {login.error && (
              <ProblemAlert
                error={login.error}
                title="Sign-in failed"
                fieldErrors={[]}
                data-testid="login-error"
              />
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              autoFocus
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              data-testid="login-email"
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              data-testid="login-password"
            />
            <Button
              type="submit"
              loading={login.isPending}
              disabled={!email || !password}
              data-testid="login-submit"
            >
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
