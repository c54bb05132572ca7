import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

// Each database function's current source, with the triggers that call it, lives in db/functions/<name>.sql, so
// its live definition is read in one place and a change shows as a diff of that file. The files are written with
// CREATE OR REPLACE, so applying one again is harmless. They are applied like Flyway's repeatable migrations: after
// the versioned migrations, every file whose SHA-256 differs from the one recorded in database_function_source
// (created by migration 1764650000000) is applied, in one transaction, in file-name order. Versioned migrations
// still own tables, types and dropping a function; a function's body changes here only.
// The build copies the .sql files next to the compiled code (swc --copy-files), so this reads them from both.
const DIR = join(__dirname, 'functions');

export interface FunctionSource {
  file: string;
  sql: string;
  sha256: string;
}

export function functionSources(): FunctionSource[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const sql = readFileSync(join(DIR, file), 'utf8');
      return { file, sql, sha256: createHash('sha256').update(sql).digest('hex') };
    });
}

type Runner = Pick<QueryRunner | EntityManager, 'query'>;

/** Applies the given sources and records their checksums (run inside the caller's transaction). */
export async function applyFunctionSources(q: Runner, sources: FunctionSource[]): Promise<void> {
  for (const s of sources) {
    await q.query(s.sql);
    await q.query(
      `INSERT INTO database_function_source (file, sha256) VALUES ($1, $2)
       ON CONFLICT (file) DO UPDATE SET sha256 = EXCLUDED.sha256, applied_at = now()`,
      [s.file, s.sha256],
    );
  }
}

/** Applies every source that changed since it was last applied; returns their file names. */
export async function syncFunctionSources(ds: DataSource): Promise<string[]> {
  return ds.transaction(async (tx) => {
    // One migrator at a time (two servers starting on one database): the lock lasts until this transaction ends.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('database_function_source'))`);
    const applied: { file: string; sha256: string }[] = await tx.query(`SELECT file, sha256 FROM database_function_source`);
    const known = new Map(applied.map((r) => [r.file, r.sha256]));
    const changed = functionSources().filter((s) => known.get(s.file) !== s.sha256);
    await applyFunctionSources(tx, changed);
    return changed.map((s) => s.file);
  });
}
