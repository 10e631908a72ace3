/** Parses one part of a request with its contract schema; a failure is a 400 naming each bad parameter. */
import type { z } from 'zod';
import { validationError } from '../errors.ts';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}
