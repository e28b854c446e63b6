/** RFC 9457 problem details as returned by the Rigline server. */
export interface ProblemFieldError {
  path: string;
  message: string;
  /** CSV imports: the file's line number and column (null when the whole row is meant). */
  line?: number;
  field?: string | null;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: ProblemFieldError[];
}

/** Error thrown by the API client for every non-2xx response or network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }

  get fieldErrors(): ProblemFieldError[] {
    return this.problem.errors ?? [];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFieldErrors(value: unknown): ProblemFieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((entry) => ({
    path: String(entry.path ?? ''),
    message: String(entry.message ?? ''),
    ...(typeof entry.line === 'number' ? { line: entry.line } : {}),
    ...(typeof entry.field === 'string' || entry.field === null ? { field: entry.field } : {}),
  }));
}

/** Builds a Problem from whatever body the server sent, filling gaps from the HTTP status. */
export function toProblem(status: number, statusText: string, body: unknown): Problem {
  const record = isRecord(body) ? body : {};
  const title = typeof record.title === 'string' ? record.title : statusText || 'Request failed';
  return {
    type: typeof record.type === 'string' ? record.type : 'about:blank',
    title,
    status: typeof record.status === 'number' ? record.status : status,
    detail: typeof record.detail === 'string' ? record.detail : title,
    code: typeof record.code === 'string' ? record.code : `HTTP_${status}`,
    instance: typeof record.instance === 'string' ? record.instance : undefined,
    errors: readFieldErrors(record.errors),
  };
}

export function networkProblem(cause: unknown): Problem {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return {
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    detail: `The server could not be reached (${reason}). Check your connection and try again.`,
    code: 'NETWORK_ERROR',
  };
}
