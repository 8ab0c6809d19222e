import { describe, expect, it } from "vitest";
import * as schema from "../src/index.js";
import { parseOrThrow, SchemaValidationError, safeParseWith } from "../src/index.js";
import { invalidExamples, SCHEMAS, TYPE_NAMES, validExamples } from "./examples.js";

describe.each(TYPE_NAMES)("%s", (name) => {
  it("has valid and invalid examples", () => {
    expect(validExamples[name].length).toBeGreaterThan(0);
    expect(invalidExamples[name].length).toBeGreaterThan(0);
  });

  it.each(validExamples[name])("accepts $name", ({ input }) => {
    const result = safeParseWith(SCHEMAS[name], input, name);
    if (!result.ok) throw result.error;
    expect(result.ok).toBe(true);
  });

  it.each(invalidExamples[name])("rejects $name, naming the path $path", ({ input, path }) => {
    const result = safeParseWith(SCHEMAS[name], input, name);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(SchemaValidationError);
    expect(result.error.subject).toBe(name);
    expect(result.error.issues.map((i) => i.path)).toContain(path);
    const issue = result.error.issues.find((i) => i.path === path);
    expect(issue?.message.length).toBeGreaterThan(0);
    expect(result.error.message).toContain(`${path || "(root)"}: ${issue?.message}`);
  });
});

describe("parse helpers", () => {
  it("parseOrThrow returns the parsed value with defaults filled in", () => {
    const actor = parseOrThrow(schema.Actor, { id: "RU", name: "Russia", kind: "state" }, "actor");
    expect(actor).toEqual({
      id: "RU",
      name: "Russia",
      kind: "state",
      aliases: [],
      affiliation: null,
      role: null,
      validFrom: null,
      validTo: null,
      terms: [],
      tracked: false,
    });
  });

  it("parseOrThrow throws a SchemaValidationError whose message names the subject, each path and problem", () => {
    const input = { name: "", kind: "feed", url: "javascript:alert(1)" };
    let thrown: unknown;
    try {
      parseOrThrow(schema.Source, input, "sources.json");
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SchemaValidationError);
    const error = thrown as SchemaValidationError;
    expect(error.code).toBe("schema_invalid");
    expect(error.message.split("\n")[0]).toBe("sources.json is invalid:");
    expect(error.issues.map((i) => i.path).sort()).toEqual(["name", "url"]);
  });

  it("formatPath writes array indices in brackets and keys with dots", () => {
    expect(schema.formatPath(["blocks", 2, "text"])).toBe("blocks[2].text");
    expect(schema.formatPath([0, "id"])).toBe("[0].id");
    expect(schema.formatPath([])).toBe("");
  });
});

describe("the default taxonomy", () => {
  it("is a valid actor registry and topic registry, with US, RU and UA tracked", () => {
    const { actors, topics } = schema.defaultTaxonomy();
    expect(schema.trackedActors(actors).map((a) => a.id)).toEqual(["US", "RU", "UA"]);
    expect(topics.map((t) => t.id)).toContain("ceasefire");
    expect(schema.ActorRegistry.safeParse(schema.defaultActors).success).toBe(true);
    expect(schema.TopicRegistry.safeParse(schema.defaultTopics).success).toBe(true);
  });

  it("has the annotation guide's ten propositions, and the four extended ones only on request", () => {
    const ten = schema.defaultTaxonomy().topics.map((t) => t.id);
    expect(ten).toEqual([
      "ceasefire",
      "territory",
      "sanctions",
      "security_guarantees",
      "foreign_troops",
      "negotiations",
      "summit",
      "military_aid",
      "neutrality",
      "prisoner_exchange",
    ]);
    const all = schema.defaultTaxonomy({ extendedTopics: true }).topics.map((t) => t.id);
    expect(all).toEqual([...ten, ...schema.extendedTopics.map((t) => t.id)]);
    expect(schema.TopicRegistry.safeParse([...schema.defaultTopics, ...schema.extendedTopics]).success).toBe(true);
  });

  it("maps every event type to a two-digit CAMEO root code", () => {
    for (const type of schema.EventType.options) {
      const codes = schema.EVENT_CAMEO[type];
      expect(codes.length).toBeGreaterThan(0);
      for (const code of codes) expect(schema.Event.shape.cameo.safeParse(code).success).toBe(true);
    }
  });
});

describe("evidenceMatches", () => {
  it("is true only when the quote sits at its offsets in the text", () => {
    const text = "Kyiv said talks could resume.";
    expect(schema.evidenceMatches(text, { quote: "talks", start: 10, end: 15 })).toBe(true);
    expect(schema.evidenceMatches(text, { quote: "talks", start: 9, end: 14 })).toBe(false);
  });
});

describe("formatIssue: the one rendering of a zod issue", () => {
  it("gives the dotted path, what was expected and what was found", () => {
    const result = schema.Source.safeParse({ name: 7, kind: "feeed" }, { reportInput: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    const lines = result.error.issues.map((i) => schema.formatIssue(i));
    expect(lines).toContain("name: expected string, got number 7");
    expect(lines.find((l) => l.startsWith("kind: "))).toMatch(
      /^kind: expected one of "page", "feed", .*, got string "feeed"$/,
    );
    expect(schema.formatIssue(result.error.issues[0]!, ["sources", 2])).toMatch(/^sources\[2\]\./);
  });

  it("safeParseWith uses it, so a consumer reads the same words the CLIs print", () => {
    const result = safeParseWith(schema.Source, { name: 7 }, "sources.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain("  - name: expected string, got number 7");
  });

  it("describes long or structured input briefly", () => {
    expect(schema.describeInput("x".repeat(100))).toBe(`string "${"x".repeat(56)}…`);
    expect(schema.describeInput([1, 2])).toBe("an array of 2");
    expect(schema.describeInput(undefined)).toBe("nothing");
  });
});
