/** The part of JSON Schema (2020-12) that the article schema uses and the validator understands. */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: readonly (string | number | boolean | null)[];
  pattern?: string;
  minimum?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  /** The sentence shown when `pattern` does not match (the convention of ajv-errors). */
  errorMessage?: string;
}

/** Every keyword above; a test checks that the schema uses no other. */
export const SUPPORTED_KEYWORDS = [
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'pattern',
  'minimum',
  '$ref',
  '$defs',
  'errorMessage',
  '$schema',
  '$id',
  'title',
  'description',
  'examples',
  '$comment',
] as const;

/**
 * A schema node as the validator walks it, generated from the schema: `$ref` replaced by the rule
 * it names, `pattern` compiled, with the sentence to show when it (or `enum`) does not match, and
 * `properties` as a list that also says which are `required`.
 */
export interface SchemaRule {
  type?: JsonSchema['type'];
  enum?: JsonSchema['enum'];
  minimum?: number;
  pattern?: RegExp;
  /** The sentence shown when `pattern` or `enum` does not match. */
  message?: string;
  items?: SchemaRule;
  /** Each property's name, rule, and 1 when it is required. */
  properties?: [name: string, rule: SchemaRule, required?: 1][];
}
