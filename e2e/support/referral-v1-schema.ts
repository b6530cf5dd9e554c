/**
 * TEST ONLY. Checks a document against the committed JSON Schema of referral.v1
 * (lib/referral/output/referral.v1.schema.json) with ajv, as a case-management system would,
 * rather than with our own zod schema it was generated from.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

const schemaFile = path.join(__dirname, '..', '..', 'lib', 'referral', 'output', 'referral.v1.schema.json');

/** The ajv errors, as JSON, or undefined when the document is valid referral.v1. */
export function referralV1Problems(document: unknown): string | undefined {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  return validate(document) ? undefined : JSON.stringify(validate.errors);
}
