import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { AppError } from '../common/app-error';
import { UUID } from '../common/ids';

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** `first` / `after` arguments of a Relay connection field. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1-100 (default 20).' })
  @IsOptional()
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` is capped at 100; zero, negative and fractional sizes are refused. */
export function pageSize(first: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', `"first" must be a whole number from 1 to ${MAX_PAGE_SIZE}.`, { field: 'first' });
  }
  return first;
}

// Opaque keyset cursors: the sort they belong to and the sort key values of the last row (ending with its id).
export type CursorValue = string | number | null;

export function encodeCursor(sort: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([sort, ...values]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, sort: string, arity: number): CursorValue[] | null {
  if (cursor === null || cursor === undefined) return null;
  const bad = () => new AppError('BAD_USER_INPUT', 'The "after" cursor is not valid for this list.', { field: 'after' });
  if (cursor.length > 500) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort || parsed.length !== arity + 1) throw bad();
  const values = parsed.slice(1) as unknown[];
  if (!values.every((v) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) throw bad();
  const id = values[values.length - 1];
  if (typeof id !== 'string' || !UUID.test(id)) throw bad();
  return values as CursorValue[];
}


/** Keyset page helper: the repository fetched `first + 1` rows; trim and build edges. */
export function toPage<T>(rowsPlusOne: T[], first: number, cursorOf: (row: T) => string) {
  const hasNextPage = rowsPlusOne.length > first;
  const nodes = hasNextPage ? rowsPlusOne.slice(0, first) : rowsPlusOne;
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
