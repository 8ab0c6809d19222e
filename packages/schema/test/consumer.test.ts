// The package as another project gets it: packed with pnpm, installed with npm from the tarball into a
// throwaway project outside the workspace, imported from plain Node ESM and type-checked with tsc.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { article } from "./examples.js";

const pkgDir = fileURLToPath(new URL("..", import.meta.url));
const workspace = join(pkgDir, "..", "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const INSTALL_TIMEOUT_MS = 300_000;

// pnpm passes npm_config_* settings to scripts; the consumer's npm must see none of the workspace's.
const cleanEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, env: cleanEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

const CONSUMER_MJS = `import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { ActorRegistry, Article, Position, defaultTaxonomy, safeParseWith, trackedActors } from "@stancewatch/schema";
import { z } from "zod/v4";

const input = JSON.parse(readFileSync(new URL("./article.json", import.meta.url), "utf8"));
const parsed = safeParseWith(Article, input, "article.json");
const broken = safeParseWith(Article, { ...input, blocks: [{ type: "paragraph", text: "" }] }, "broken.json");

// Another conflict, another registry: nothing in the package is hard-wired to the default one.
const actors = ActorRegistry.parse([{ id: "NO", name: "Norway", kind: "state", tracked: true }]);
const quote = input.text.slice(0, 12);
const position = Position.parse({
  id: "p1", actor: "NO", speaker: null, topic: "fisheries", stance: "supports",
  statement: "Norway backs a shared quota.", statedAt: "2025-06-02",
  evidence: [{ articleId: input.id, quote, start: 0, end: quote.length }], confidence: 0.7, extractor: "demo@1",
});

// The consumer's own zod composes with the package's schemas, and may register its own "Evidence" id.
const Envelope = z.object({ article: Article, receivedAt: z.iso.datetime() });
const envelope = Envelope.safeParse({ article: input, receivedAt: "2025-06-02T10:00:00Z" });
z.globalRegistry.add(z.string(), { id: "Evidence" });
const noFingerprint = Article.safeParse({ ...input, fingerprint: undefined }).success;

const require = createRequire(import.meta.url);
const schema = require("@stancewatch/schema/json-schema/Article.json");
console.log(JSON.stringify({
  ok: parsed.ok,
  title: parsed.ok ? parsed.value.title : null,
  brokenPaths: broken.ok ? [] : broken.error.issues.map((i) => i.path),
  schemaTitle: schema.title,
  schemaId: schema.$id,
  schemaUrl: import.meta.resolve("@stancewatch/schema/json-schema/Article.json"),
  ownTracked: trackedActors(actors).map((a) => a.id),
  defaultTracked: trackedActors(defaultTaxonomy().actors).map((a) => a.id),
  positionActor: position.actor,
  condition: position.condition,
  envelope: envelope.success,
  noFingerprint,
  zodVersion: require("zod/package.json").version,
}));
`;

const CONSUMER_TS = `import { Article, type Position, type Taxonomy, defaultTaxonomy, safeParseWith } from "@stancewatch/schema";
import { z } from "zod/v4";

export function headline(input: unknown): string | null {
  const result = safeParseWith(Article, input, "input");
  if (!result.ok) return result.error.issues.map((i) => \`\${i.path}: \${i.message}\`).join("; ");
  return result.value.title;
}

export const stanceOf = (p: Position): "supports" | "opposes" | "conditional" | "undecided" => p.stance;
const taxonomy: Taxonomy = defaultTaxonomy();
export const actorCount: number = taxonomy.actors.length;

// The consumer's zod composes with the package's schemas, and the inferred types carry through.
export const Envelope = z.object({ article: Article, receivedAt: z.iso.datetime() });
export const fingerprintOf = (e: z.infer<typeof Envelope>): string | undefined => e.article.fingerprint;

// Real types, not any: each of these must be an error.
// @ts-expect-error "maybe" is not a stance
export const wrongStance: Position["stance"] = "maybe";
// @ts-expect-error wordCount is a number
export const wrongCount: string = ({} as Article).wordCount;
`;

// The README's TypeScript examples are compiled too, so the documented usage cannot drift from the types.
const readmeExamples = [...readFileSync(join(pkgDir, "README.md"), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map(
  (m) => `${m[1]}\nexport {};\n`,
);

/**
 * The peer range is `^3.25.41 || ^4.0.0`: zod 3.25 ships zod 4 at `zod/v4`, which is what the package
 * imports. Each end of each line is installed and checked. Below 3.25.41 the types lack `ZodISODate`
 * (3.25.0 does not even load); 3.25.50 and 3.25.55 carry type errors of their own under
 * `skipLibCheck: false`, so this consumer, which checks libraries, tests neither.
 */
const ZOD_VERSIONS = ["3.25.41", "^3.25.41", "4.0.0", "^4"] as const;

let dir = "";
let tarball = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "stancewatch-consumer-"));
  if (!relative(workspace, dir).startsWith("..")) throw new Error(`${dir} must be outside the workspace`);
  const packs = join(dir, "packs");
  mkdirSync(packs);
  run("npx", ["--yes", "pnpm@10.34.9", "pack", "--pack-destination", packs], pkgDir);
  const [file] = readdirSync(packs).filter((f) => f.endsWith(".tgz"));
  if (!file) throw new Error("pnpm pack wrote no tarball");
  tarball = join(packs, file);
}, INSTALL_TIMEOUT_MS);

// Removing an installed node_modules can outlast the 10 s hook default on a loaded machine.
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

/** A throwaway project that installs the tarball and the given zod, with the consumer files written. */
function consumerApp(zod: string): string {
  const app = join(dir, `app-zod-${zod.replace(/[^0-9.]/g, "")}${zod.startsWith("^") ? "-latest" : ""}`);
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball, `zod@${zod}`], app);
  writeFileSync(join(app, "article.json"), JSON.stringify(article()));
  writeFileSync(join(app, "consumer.mjs"), CONSUMER_MJS);
  writeFileSync(join(app, "consumer.ts"), CONSUMER_TS);
  for (const [i, code] of readmeExamples.entries()) writeFileSync(join(app, `readme-${i + 1}.ts`), code);
  writeFileSync(
    join(app, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        // Only the README's examples touch Node APIs; borrow the workspace's @types/node for them.
        typeRoots: [join(workspace, "node_modules", "@types")],
        types: ["node"],
      },
      files: ["consumer.ts", ...readmeExamples.map((_, i) => `readme-${i + 1}.ts`)],
    }),
  );
  return app;
}

describe("a project outside the workspace that installs the packed package", () => {
  it("gets the built code, types, JSON Schemas and README, and no tests", () => {
    const files = run("tar", ["-tzf", tarball], dir).split("\n").filter(Boolean);
    for (const f of ["dist/index.js", "dist/index.d.ts", "schema/Article.json", "schema/Briefing.json", "README.md"]) {
      expect(files).toContain(`package/${f}`);
    }
    expect(files.filter((f) => f.startsWith("package/test/"))).toEqual([]);
    // The workspace's source condition stays in the workspace (publishConfig.exports).
    const manifest = run("tar", ["-xzOf", tarball, "package/package.json"], dir);
    expect(manifest).not.toContain("@stancewatch/source");
    expect(JSON.parse(manifest).repository.directory).toBe("packages/schema");
  });

  it("has TypeScript examples in its README", () => {
    expect(readmeExamples.length).toBeGreaterThanOrEqual(3);
  });

  it("declares the zod range these tests install", () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    expect(pkg.peerDependencies.zod).toBe("^3.25.41 || ^4.0.0");
  });
});

describe.each(ZOD_VERSIONS)("a consumer on zod@%s", (zod) => {
  let app = "";
  beforeAll(() => {
    app = consumerApp(zod);
  }, INSTALL_TIMEOUT_MS);

  it("imports it from plain Node ESM: parses an Article, names a bad path, reads a JSON Schema, composes", {
    timeout: 30_000,
  }, () => {
    const out = JSON.parse(run(process.execPath, ["consumer.mjs"], app));
    expect(out).toEqual({
      ok: true,
      title: article().title,
      brokenPaths: expect.arrayContaining(["blocks[0].text"]),
      schemaTitle: "Article",
      schemaId: "urn:stancewatch:schema:Article",
      schemaUrl: expect.stringMatching(/\/node_modules\/@stancewatch\/schema\/schema\/Article\.json$/),
      ownTracked: ["NO"],
      defaultTracked: ["US", "RU", "UA"],
      positionActor: "NO",
      condition: null,
      envelope: true,
      noFingerprint: true,
      zodVersion: zod.startsWith("^") ? expect.stringMatching(zod === "^4" ? /^4\./ : /^3\.25\./) : zod,
    });
  });

  it("loads it from CommonJS with require() (Node's require(esm))", { timeout: 30_000 }, () => {
    const code = `const { Article, defaultTaxonomy } = require("@stancewatch/schema");
const input = JSON.parse(require("node:fs").readFileSync("article.json", "utf8"));
console.log(JSON.stringify({ ok: Article.safeParse(input).success, actors: defaultTaxonomy().actors.length }));`;
    writeFileSync(join(app, "consumer.cjs"), code);
    const out = JSON.parse(run(process.execPath, ["consumer.cjs"], app));
    expect(out).toEqual({ ok: true, actors: expect.any(Number) });
    expect(out.actors).toBeGreaterThan(3);
  });

  it("type-checks a TypeScript file and the README's examples against it with the workspace's tsc (NodeNext, strict)", {
    timeout: 180_000,
  }, () => {
    let output = "";
    try {
      output = run(process.execPath, [tsc, "-p", "tsconfig.json"], app);
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string };
      throw new Error(`tsc failed:\n${e.stdout ?? ""}${e.stderr ?? ""}`);
    }
    expect(output).toBe("");
  });
});
