import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for every operation and fragment in web/src/features, from the API's schema.graphql.
// `npm run codegen` writes web/src/gql/ (committed, so builds need no codegen); test/web/codegen.test.ts fails when
// it is stale. CODEGEN_OUT lets that test generate into a temporary folder.
const out = process.env.CODEGEN_OUT || 'web/src/gql/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/features/**/*.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTimeISO: 'string' },
        skipTypename: true,
        dedupeFragments: true,
      },
    },
  },
};

export default config;
