import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

// type-graphql's own argument validation with class-validator, as its `validate: true` does it, but with
// class-validator imported once: type-graphql's default loads it with a dynamic import on every argument of every
// request, and in CommonJS each of those resolves the module again (package.json reads, path lookups): about a tenth
// of a millisecond of CPU a request in the search benchmark's profile (issue 20). Same options, same error
// (ArgumentValidationError, which graphql/errors.ts turns into BAD_USER_INPUT with the fields).
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const validatable = (v: unknown): v is object => v !== null && typeof v === 'object';

export async function validateArgs(argValue: unknown): Promise<void> {
  if (!validatable(argValue)) return;
  try {
    if (Array.isArray(argValue)) await Promise.all(argValue.filter(validatable).map((item) => validateOrReject(item, OPTIONS)));
    else await validateOrReject(argValue, OPTIONS);
  } catch (err) {
    throw new ArgumentValidationError(err as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}
