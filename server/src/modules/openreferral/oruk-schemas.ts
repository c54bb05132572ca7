import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

// The official Open Referral UK 3.0 JSON Schemas (server/data/openreferral-uk, CC BY-SA 4.0), compiled with ajv's
// draft 2020-12 dialect. `strict: false` because the files carry non-standard keywords (name, datapackage_metadata,
// constraints, example...); ajv-formats so `format: uuid`, `uri`, `email` and `date-time` are enforced.
// The same source from server/src and server/dist: both sit three folders below server/.
export const ORUK_DATA_DIR = join(__dirname, '..', '..', '..', 'data', 'openreferral-uk');

export type OrukShape = 'service' | 'service_list' | 'service_at_location' | 'service_at_location_list' | 'taxonomy' | 'taxonomy_term';

const FILES: Record<OrukShape, string> = {
  service: 'compiled/service.json',
  service_list: 'compiled/service_list.json',
  service_at_location: 'compiled/service_at_location.json',
  service_at_location_list: 'compiled/service_at_location_list.json',
  taxonomy: 'taxonomy.json',
  taxonomy_term: 'taxonomy_term.json',
};

export class OrukSchemas {
  private readonly validators = new Map<OrukShape, ValidateFunction>();

  constructor(dir = join(ORUK_DATA_DIR, 'schema')) {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    // The per-entity files refer to each other by file name ("taxonomy_term.json"): register them under it.
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
      ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
    }
    for (const [shape, file] of Object.entries(FILES) as [OrukShape, string][]) {
      this.validators.set(shape, file.startsWith('compiled/') ? ajv.compile(JSON.parse(readFileSync(join(dir, file), 'utf8'))) : ajv.getSchema(file)!);
    }
  }

  /** The schema's complaints about a document, as "path: message" lines; empty when it is valid. */
  errors(shape: OrukShape, doc: unknown): string[] {
    const validate = this.validators.get(shape)!;
    return validate(doc) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'}: ${e.message}`);
  }
}
