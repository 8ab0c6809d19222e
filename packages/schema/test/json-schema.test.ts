import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { z } from "zod/v4";
import { jsonSchemas } from "../scripts/json-schemas.mjs";
import * as schema from "../src/index.js";
import { invalidExamples, SCHEMAS, TYPE_NAMES, type TypeName, validExamples } from "./examples.js";

// The files the package ships (built by `pnpm build`, or by test/global-setup.ts when missing or stale).
const dir = fileURLToPath(new URL("../schema/", import.meta.url));
if (!existsSync(dir)) {
  throw new Error(`${dir} is missing: run "npx --yes pnpm@10.34.9 --filter @stancewatch/schema build" first`);
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const load = (name: TypeName) => JSON.parse(readFileSync(`${dir}${name}.json`, "utf8"));
const validators = Object.fromEntries(TYPE_NAMES.map((name) => [name, ajv.compile(load(name))])) as Record<
  TypeName,
  ReturnType<typeof ajv.compile>
>;

describe("the shipped JSON Schemas", () => {
  it("are one draft 2020-12 file per top-level type, and nothing else", () => {
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.sort()).toEqual(TYPE_NAMES.map((n) => `${n}.json`).sort());
    for (const name of TYPE_NAMES) {
      const json = load(name);
      expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(json.$id).toBe(`urn:stancewatch:schema:${name}`);
      expect(json.title).toBe(name);
    }
  });

  it.each(TYPE_NAMES)("%s.json is what the current zod schema generates (not a stale build)", (name) => {
    expect(load(name)).toEqual(jsonSchemas(z, schema)[name]);
  });

  it("describe the type and its fields, for readers and code generators", () => {
    for (const name of TYPE_NAMES) expect(load(name).description, name).toMatch(/\w{3}/);
    const article = load("Article");
    expect(article.properties.text.description).toMatch(/Evidence offset/);
    expect(article.properties.fingerprint.description).toMatch(/^Optional/);
    expect(article.required).not.toContain("fingerprint");
  });

  it("write a shared part once, under $defs, and refer to it by name", () => {
    const briefing = load("Briefing");
    expect(Object.keys(briefing.$defs)).toEqual(expect.arrayContaining(["Citation", "Evidence", "DateRef"]));
    const refs = JSON.stringify(briefing).match(/"\$ref":"#\/\$defs\/Citation"/g) ?? [];
    expect(refs.length).toBeGreaterThan(1);
    expect(JSON.stringify(briefing.$defs.Citation)).not.toContain("$ref");
    // A type that is itself shared is inlined at its own root, not written as a bare $ref.
    expect(load("Evidence").$ref).toBeUndefined();
    expect(load("Evidence").properties.quote.description).toMatch(/exact/);
  });
});

describe.each(TYPE_NAMES)("%s: zod and JSON Schema", (name) => {
  it.each(validExamples[name])("both accept $name", ({ input }) => {
    const validate = validators[name];
    expect(validate(input), ajv.errorsText(validate.errors)).toBe(true);
    expect(SCHEMAS[name].safeParse(input).success).toBe(true);
  });

  const structural = invalidExamples[name].filter((e) => !e.refinementOnly);
  const refinementOnly = invalidExamples[name].filter((e) => e.refinementOnly);

  it.each(structural)("both reject $name", ({ input }) => {
    expect(validators[name](input)).toBe(false);
    expect(SCHEMAS[name].safeParse(input).success).toBe(false);
  });

  // Cross-field invariants JSON Schema cannot state: only zod catches them (the README says so).
  it.runIf(refinementOnly.length > 0).each(refinementOnly)("only zod rejects $name (cross-field rule)", ({ input }) => {
    const validate = validators[name];
    expect(validate(input), ajv.errorsText(validate.errors)).toBe(true);
    expect(SCHEMAS[name].safeParse(input).success).toBe(false);
  });
});

describe("the default taxonomy against the JSON Schemas", () => {
  it("defaultActors is a valid ActorRegistry and defaultTopics a valid TopicRegistry", () => {
    expect(validators.ActorRegistry(schema.defaultActors), ajv.errorsText(validators.ActorRegistry.errors)).toBe(true);
    expect(validators.TopicRegistry(schema.defaultTopics), ajv.errorsText(validators.TopicRegistry.errors)).toBe(true);
  });
});
