import { Ajv, type Options } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

/**
 * Request validation with two rule sets. Path parameters, query strings and headers arrive as
 * text, so they are coerced to the declared types ("42" → 42). JSON bodies are not coerced:
 * `{ "password": 42 }` is a client error, not the password "42". Both report every bad field.
 */
const shared: Options = {
  allErrors: true,
  useDefaults: true,
  removeAdditional: true,
  // TypeBox adds its own annotations; Ajv's strict mode would reject them as unknown keywords.
  strict: false,
};

function createAjv(coerceTypes: Options['coerceTypes']): Ajv {
  const ajv = new Ajv({ ...shared, coerceTypes });
  addFormats(ajv);
  return ajv;
}

/** ajv-formats is CommonJS: under Node's ESM loader its function is the module's `default`. */
type AddFormats = (ajv: Ajv) => Ajv;
const formatsModule = ajvFormats as unknown as AddFormats | { default: AddFormats };
const addFormats = typeof formatsModule === 'function' ? formatsModule : formatsModule.default;

const textAjv = createAjv('array');
const bodyAjv = createAjv(false);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  return ajv.compile(schema);
};
