// Writes a JSON Schema (draft 2020-12) for each top-level type into schema/, from the built package,
// so consumers outside TypeScript validate against exactly what the zod schemas accept.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import * as schemas from "../dist/index.js";

export const TOP_LEVEL = [
  "Source",
  "Article",
  "Actor",
  "ActorRegistry",
  "Evidence",
  "Event",
  "Position",
  "Topic",
  "TopicRegistry",
  "Stance",
  "PositionShift",
  "Briefing",
];

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "schema");
mkdirSync(out, { recursive: true });
for (const name of TOP_LEVEL) {
  // io "input": defaults make fields optional for producers, exactly as zod parses them.
  const json = z.toJSONSchema(schemas[name], { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  json.$id = `urn:stancewatch:schema:${name}`;
  json.title = name;
  writeFileSync(join(out, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`wrote ${TOP_LEVEL.length} JSON Schemas to schema/`);
