import { AppError } from './app-error';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is refused before it reaches SQL. */
export function assertId(id: string, field = 'id'): string {
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw new AppError('BAD_USER_INPUT', `"${field}" is not a valid id.`, { field });
  }
  return id.toLowerCase();
}
