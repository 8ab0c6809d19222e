// The review server over real HTTP on 127.0.0.1 and a real SQLite file, without a browser: what a
// form post does, and what it refuses. (The editor's flow in Chromium is review-chromium.test.ts.)
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore, type Store } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { briefingFromStore } from "../src/briefing/from-store.js";
import { DEFAULT_DIGEST_OPTIONS } from "../src/briefing/options.js";
import { loadTemplates } from "../src/render/templates.js";
import { type ReviewServer, startReviewServer } from "../src/review/server.js";
import { weekWindow } from "../src/week.js";
import { makeArticle, makePosition } from "./fixtures/synthetic.js";
import { fixtureWeek, SCRIPT_TITLE } from "./fixtures/week.js";
import { seedStore } from "./helpers/store.js";

const window = weekWindow("2025-W23");
const data = fixtureWeek();
// A page with no date anywhere, fetched in the week: its statement is in no week until an editor dates it.
const undatedArticle = {
  ...makeArticle({
    id: "fx-undated",
    outlet: "Quayside Notes",
    publishedAt: null,
    flags: ["date_unknown"],
    paragraphs: ["Ukraine's President said Kyiv was ready for a leaders' meeting with Moscow at any time."],
  }),
  dateSources: { published: null, modified: null },
};
undatedArticle.provenance = { ...undatedArticle.provenance, fetchedAt: "2025-06-05T10:00:00Z" };
const undatedPosition = {
  ...makePosition({
    id: "fx-undated-pos",
    article: undatedArticle,
    actor: "UA",
    topic: "summit",
    stance: "supports",
    statedAt: "2025-06-05",
  }),
  statedAt: null,
};
data.articles.push(undatedArticle as (typeof data.articles)[number]);
data.positions.push(undatedPosition);
const target = data.positions.find((p) => p.evidence[0]!.articleId === "fx-jun06-b")!;

describe("the review server", { timeout: 60_000 }, () => {
  let dir = "";
  let store: Store;
  let server: ReviewServer;
  let csrf = "";

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "digest-review-server-"));
    const db = path.join(dir, "s.db");
    await seedStore(db, data);
    store = openStore({ path: db });
    server = await startReviewServer({
      store,
      window,
      options: DEFAULT_DIGEST_OPTIONS,
      templates: loadTemplates(),
      message: {
        from: "Stancewatch <briefing@stancewatch.invalid>",
        to: "reader@stancewatch.invalid",
        unsubscribeUrl: "https://stancewatch.invalid/unsubscribe",
      },
      reviewer: "Ed",
      host: "127.0.0.1",
      port: 0,
      now: () => new Date("2025-06-09T08:00:00Z"),
    });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("serves the draft with every position's quote in its paragraph, all scraped text escaped", async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'self';/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const html = await res.text();
    csrf = /name="csrf" value="([^"]+)"/.exec(html)![1]!;
    expect(html).toContain(`data-position="${target.id}"`);
    expect(html).toContain(`<mark>${target.evidence[0]!.quote.replace(/'/g, "&#x27;")}</mark>`);
    expect(html).not.toContain("<script>");
    expect(html).toContain(
      SCRIPT_TITLE.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;").replace(/=/g, "&#x3D;"),
    );
    expect(html).not.toMatch(/<(script|img|link)[^>]+(src|href)="https?:/); // nothing external
  });

  it("records a decision posted from its own page, and the next briefing applies it", async () => {
    const before = await briefingFromStore(store, window, "2025-06-09T08:00:00Z");
    expect(before.shifts[0]!.kind).toBe("reversed");
    const res = await fetch(`${server.url.replace("/?", "/decide?")}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.origin },
      body: new URLSearchParams({ csrf, action: "reject", id: target.id, reason: "a rewrite" }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/^\/\?token=.+&done=1$/);
    const [decision] = await store.listReviews({ week: "2025-W23" });
    expect(decision).toMatchObject({ action: "reject", targetId: target.id, reviewer: "Ed", reason: "a rewrite" });
    const after = await briefingFromStore(store, window, "2025-06-09T08:00:00Z");
    expect(after.shifts.find((s) => s.topic === "security_guarantees")!.kind).toBe("statement");
  });

  it("refuses requests without the token, GET changes, foreign origins, bad CSRF, bad input and other hosts", async () => {
    const origin = server.origin;
    const decide = server.url.replace("/?", "/decide?");
    const post = (body: Record<string, string>, headers: Record<string, string> = { origin }) =>
      fetch(decide, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: new URLSearchParams(body).toString(),
      });
    expect((await fetch(`${origin}/`)).status).toBe(403);
    expect((await fetch(`${origin}/email`)).status).toBe(403);
    expect((await fetch(decide)).status).toBe(405);
    expect((await post({ csrf, action: "approve", id: target.id }, {})).status).toBe(403);
    expect((await post({ csrf, action: "approve", id: target.id }, { origin: "null" })).status).toBe(403);
    expect((await post({ csrf: "x", action: "approve", id: target.id })).status).toBe(403);
    expect(
      (await post({ csrf, action: "correct", id: target.id, actor: "EU", topic: "ceasefire", stance: "supports" }))
        .status,
    ).toBe(400);
    expect((await post({ csrf, action: "set_subject", text: "  " })).status).toBe(400);
    const big = await post({ csrf, action: "set_subject", text: "x".repeat(70_000) });
    expect(big.status).toBe(413);
    const rebind = await new Promise<number>((resolve, reject) => {
      http
        .get(server.url, { headers: { host: "attacker.example:80" } }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        })
        .on("error", reject);
    });
    expect(rebind).toBe(421);
    expect(await store.listReviews({ week: "2025-W23" })).toHaveLength(1); // only the one good decision
  });

  it("lists undated articles read in the week, and an editor's date brings their statements into it", async () => {
    const html = await (await fetch(server.url)).text();
    expect(html).toContain('data-article="fx-undated"');
    expect(html).toContain("ready for a leaders&#x27; meeting with Moscow");
    const summit = async () =>
      (await briefingFromStore(store, window, "2025-06-09T08:00:00Z")).shifts.find(
        (s) => s.actor === "UA" && s.topic === "summit",
      );
    expect(await summit()).toBeUndefined();
    const post = (text: string) =>
      fetch(server.url.replace("/?", "/decide?"), {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: server.origin },
        body: new URLSearchParams({ csrf, action: "set_date", id: "fx-undated", text }).toString(),
      });
    expect((await post("2025-13-45")).status).toBe(400);
    expect((await post("2025-06-04")).status).toBe(303);
    const shift = await summit();
    expect(shift?.kind).toBe("statement");
    expect(shift?.current[0]?.statedAt).toBe("2025-06-04");
    expect(await (await fetch(server.url)).text()).toContain("dated 2025-06-04 by an editor");
  });
});
