// Writes a JSON Schema (draft 2020-12) for each top-level type into schema/, from the built package,
// so consumers outside TypeScript validate against exactly what the zod schemas accept.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod/v4";
import * as api from "../dist/index.js";
import { jsonSchemas } from "./json-schemas.mjs";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "schema");
mkdirSync(out, { recursive: true });
const schemas = jsonSchemas(z, api);
for (const [name, json] of Object.entries(schemas)) {
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(schemas).length} JSON Schemas to schema/`);
