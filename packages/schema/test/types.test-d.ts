import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type Actor,
  type ActorInput,
  type Article,
  type ArticleInput,
  Article as ArticleSchema,
  type Briefing,
  type DateRef,
  defaultTaxonomy,
  type Event,
  type Evidence,
  type ParseResult,
  type Position,
  type PositionInput,
  Position as PositionSchema,
  type PositionShift,
  parseOrThrow,
  type SchemaIssue,
  type Source,
  type SourceInput,
  STANCE_RANK,
  type Stance,
  safeParseWith,
  type Taxonomy,
  type Topic,
} from "../src/index.js";

describe("inferred types", () => {
  it("Stance is the closed vocabulary", () => {
    expectTypeOf<Stance>().toEqualTypeOf<"supports" | "opposes" | "conditional" | "undecided">();
    expectTypeOf(STANCE_RANK).toEqualTypeOf<Readonly<Record<Stance, number>>>();
  });

  it("Article exposes its text, blocks and nullable metadata", () => {
    expectTypeOf<Article["text"]>().toEqualTypeOf<string>();
    expectTypeOf<Article["publishedAt"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Article["blocks"][number]["type"]>().toEqualTypeOf<"heading" | "paragraph" | "quote" | "list_item">();
    expectTypeOf<Article["blocks"][number]>().toHaveProperty("level");
    expectTypeOf<Article["provenance"]["httpStatus"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Article>().toEqualTypeOf<z.output<typeof ArticleSchema>>();
  });

  it("defaults are optional on input and present on output", () => {
    expectTypeOf<ActorInput["aliases"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Actor["aliases"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Actor["tracked"]>().toEqualTypeOf<boolean>();
    expectTypeOf<PositionInput["condition"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Position["condition"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ArticleInput["provenance"]["sourceId"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Article["provenance"]["sourceId"]>().toEqualTypeOf<string | null>();
    expectTypeOf<SourceInput["options"]>().toEqualTypeOf<
      | {
          include?: string[] | undefined;
          exclude?: string[] | undefined;
          maxItems?: number | undefined;
          language?: string | undefined;
        }
      | undefined
    >();
    expectTypeOf<Source["options"]["include"]>().toEqualTypeOf<string[]>();
  });

  it("positions and events carry evidence, actors and topics as plain registry ids", () => {
    expectTypeOf<Position["evidence"]>().toEqualTypeOf<Evidence[]>();
    expectTypeOf<Evidence>().toEqualTypeOf<{ articleId: string; quote: string; start: number; end: number }>();
    expectTypeOf<Position["actor"]>().toEqualTypeOf<string>();
    expectTypeOf<Position["topic"]>().toEqualTypeOf<string>();
    expectTypeOf<Position["stance"]>().toEqualTypeOf<Stance>();
    expectTypeOf<Event["date"]>().toEqualTypeOf<DateRef>();
    expectTypeOf<DateRef["precision"]>().toEqualTypeOf<"day" | "month" | "unknown">();
    expectTypeOf<Event["actors"][number]["role"]>().toEqualTypeOf<
      "initiator" | "target" | "participant" | "mediator" | "host"
    >();
  });

  it("a briefing is built from shifts", () => {
    expectTypeOf<Briefing["shifts"]>().toEqualTypeOf<PositionShift[]>();
    expectTypeOf<PositionShift["previous"]>().toEqualTypeOf<PositionShift["current"][number] | null>();
    expectTypeOf<Briefing["actors"][number]["direction"]>().toEqualTypeOf<
      "toward_support" | "toward_opposition" | "mixed" | "steady" | "quiet"
    >();
  });

  it("a taxonomy is bring-your-own: actors and topics as data", () => {
    expectTypeOf(defaultTaxonomy).returns.toEqualTypeOf<Taxonomy>();
    expectTypeOf<Taxonomy["actors"]>().toEqualTypeOf<readonly Actor[]>();
    expectTypeOf<Taxonomy["topics"]>().toEqualTypeOf<Topic[]>();
  });
});

describe("parse helpers", () => {
  it("safeParseWith narrows to the schema's output type or an error with issues", () => {
    const result = safeParseWith(PositionSchema, {}, "position");
    expectTypeOf(result).toEqualTypeOf<ParseResult<Position>>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Position>();
    else expectTypeOf(result.error.issues).toEqualTypeOf<readonly SchemaIssue[]>();
    expectTypeOf<SchemaIssue>().toEqualTypeOf<{ path: string; message: string }>();
  });

  it("parseOrThrow returns the output type", () => {
    expectTypeOf(parseOrThrow(ArticleSchema, {}, "article")).toEqualTypeOf<Article>();
    // @ts-expect-error a Position is not an Article
    expectTypeOf(parseOrThrow(PositionSchema, {}, "position")).toEqualTypeOf<Article>();
  });
});
