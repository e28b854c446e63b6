import { z } from 'zod';
import { problemSchema } from './problem.js';

/** Shapes shared by every module's routes. */
export const idParams = z.strictObject({ id: z.string().min(1).max(100) });

export const limitQuery = z.coerce.number().int().min(1).max(500).default(50);
export const cursorQuery = z.string().min(1).max(100).optional();
export const epochMs = z.number().int().nonnegative();

/** Standard error responses, so every operation documents its problem+json answers. */
export const problems = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  429: problemSchema,
};
