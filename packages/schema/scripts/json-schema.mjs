// Writes a JSON Schema (draft 2020-12) for each top-level type into schema/, from the built package,
// so consumers outside TypeScript validate against exactly what the zod schemas accept.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import {
  Actor,
  ActorRegistry,
  Article,
  Briefing,
  Event,
  Evidence,
  Position,
  PositionShift,
  Source,
  Stance,
  Topic,
  TopicRegistry,
} from "../dist/index.js";

/** Each shipped file is `schema/<name>.json`; the test suite checks this list against the files. */
const TOP_LEVEL = {
  Source,
  Article,
  Actor,
  ActorRegistry,
  Evidence,
  Event,
  Position,
  Topic,
  TopicRegistry,
  Stance,
  PositionShift,
  Briefing,
};

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "schema");
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(TOP_LEVEL)) {
  // io "input": defaults make fields optional for producers, exactly as zod parses them.
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  json.$id = `urn:stancewatch:schema:${name}`;
  json.title = name;
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`wrote ${Object.keys(TOP_LEVEL).length} JSON Schemas to schema/`);
