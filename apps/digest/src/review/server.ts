/**
 * The `digest review` web page: the week's draft with every position it rests on, forms to approve,
 * reject or correct a position, confirm or drop a shift, set the subject and mark the week
 * reviewed, and the email re-rendered with the decisions applied.
 *
 * Security: the page is for one editor on their own machine. It listens on loopback unless told
 * otherwise; every request needs the random token printed in the address; state changes only by
 * POST with a CSRF token and a matching Origin; a strict Content-Security-Policy (no scripts at
 * all, no external resources); a same-origin referrer policy and `rel=noreferrer` links so the
 * token never leaks to a source's site; all scraped text goes through Handlebars' escaping.
 */
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { formatIssues } from "@stancewatch/cli-kit";
import { type Article, type Position, type ReviewDecisionInput, Stance } from "@stancewatch/schema";
import type { Store } from "@stancewatch/store";
import Handlebars from "handlebars";
import { z } from "zod";
import { briefingFromStore } from "../briefing/from-store.js";
import { loadWeek } from "../briefing/load.js";
import type { DigestOptions } from "../briefing/options.js";
import { renderDigest } from "../build-digest.js";
import type { MessageOptions } from "../render/message.js";
import { DEFAULT_TEMPLATE_DIR, type TemplateSet } from "../render/templates.js";
import { coverageLine } from "../shifts/headline.js";
import type { WeekWindow } from "../week.js";
import { reviewPageModel } from "./model.js";

export interface ReviewServerOptions {
  store: Store;
  window: WeekWindow;
  options: DigestOptions;
  templates: TemplateSet;
  message: Omit<MessageOptions, "date">;
  /** Who the decisions are recorded as. */
  reviewer: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  now: () => Date;
  /** For tests; random by default. */
  token?: string;
}

export interface ReviewServer {
  /** `http://127.0.0.1:PORT/?token=…` */
  url: string;
  origin: string;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
/** The email keeps its own inline styles; it is shown only inside the review page. */
const EMAIL_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'";

const Decision = z.discriminatedUnion("action", [
  z.object({ action: z.enum(["approve", "reject"]), id: z.string().min(1).max(200), reason: z.string().max(2000) }),
  z.object({
    action: z.literal("correct"),
    id: z.string().min(1).max(200),
    actor: z.string().min(1).max(64),
    topic: z.string().min(1).max(64),
    stance: Stance,
    reason: z.string().max(2000),
  }),
  z.object({
    action: z.enum(["confirm", "drop"]),
    id: z.string().min(1).max(200),
    positionIds: z.string().max(20_000),
    reason: z.string().max(2000),
  }),
  z.object({ action: z.literal("set_subject"), text: z.string().trim().min(1).max(300), reason: z.string().max(2000) }),
  z.object({ action: z.literal("mark_reviewed"), reason: z.string().max(2000) }),
  z.object({
    action: z.literal("set_date"),
    id: z.string().min(1).max(200),
    text: z.iso.date({ error: "the date must be YYYY-MM-DD" }),
    reason: z.string().max(2000),
  }),
]);

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const isLoopback = (host: string): boolean => /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i.test(host);

function loadPage(): { page: HandlebarsTemplateDelegate; css: string } {
  const dir = path.join(DEFAULT_TEMPLATE_DIR, "review");
  const hb = Handlebars.create();
  hb.registerPartial("position", readFileSync(path.join(dir, "position.hbs"), "utf8"));
  return {
    page: hb.compile(readFileSync(path.join(dir, "page.hbs"), "utf8"), { strict: false }),
    css: readFileSync(path.join(dir, "review.css"), "utf8"),
  };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, "request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function startReviewServer(opts: ReviewServerOptions): Promise<ReviewServer> {
  const token = opts.token ?? randomBytes(24).toString("base64url");
  const csrf = randomBytes(24).toString("base64url");
  const { page, css } = loadPage();
  const { store, window } = opts;
  const tracked = new Set(opts.options.taxonomy.actors.filter((a) => a.tracked).map((a) => a.id));
  const topics = new Set(opts.options.taxonomy.topics.map((t) => t.id));

  const draft = async () => {
    const briefing = await briefingFromStore(store, window, opts.now().toISOString(), opts.options);
    const parts = await renderDigest(briefing, { templates: opts.templates, now: opts.now(), message: opts.message });
    return { briefing, parts };
  };

  const record = async (input: Omit<ReviewDecisionInput, "id" | "reviewer" | "at">): Promise<void> => {
    await store.recordReview({ ...input, id: randomUUID(), reviewer: opts.reviewer, at: opts.now().toISOString() });
  };

  let origin = "";
  let hostHeader = "";

  const decide = async (form: URLSearchParams): Promise<void> => {
    const raw = Object.fromEntries(form.entries());
    const parsed = Decision.safeParse({ reason: "", ...raw });
    if (!parsed.success) throw new HttpError(400, `invalid decision:\n${formatIssues(parsed.error)}`);
    const d = parsed.data;
    const reason = d.reason.trim() || null;
    switch (d.action) {
      case "approve":
      case "reject":
        await record({ week: window.week, target: "position", targetId: d.id, action: d.action, reason });
        return;
      case "correct":
        if (!tracked.has(d.actor)) throw new HttpError(400, `unknown actor ${JSON.stringify(d.actor)}`);
        if (!topics.has(d.topic)) throw new HttpError(400, `unknown topic ${JSON.stringify(d.topic)}`);
        await record({
          week: window.week,
          target: "position",
          targetId: d.id,
          action: "correct",
          correction: { actor: d.actor, topic: d.topic, stance: d.stance },
          reason,
        });
        return;
      case "confirm":
      case "drop":
        await record({
          week: window.week,
          target: "shift",
          targetId: d.id,
          action: d.action,
          positionIds: d.positionIds.split(",").filter(Boolean),
          reason,
        });
        return;
      case "set_subject":
        await record({
          week: window.week,
          target: "week",
          targetId: window.week,
          action: "set_subject",
          text: d.text,
          reason,
        });
        return;
      case "mark_reviewed":
        await record({ week: window.week, target: "week", targetId: window.week, action: "mark_reviewed", reason });
        return;
      case "set_date":
        await record({
          week: window.week,
          target: "article",
          targetId: d.id,
          action: "set_date",
          text: d.text,
          reason,
        });
        return;
    }
  };

  const send = (
    res: http.ServerResponse,
    status: number,
    type: string,
    body: string,
    csp = PAGE_CSP,
    extra: Record<string, string> = {},
  ): void => {
    res.writeHead(status, {
      "Content-Type": type,
      "Content-Security-Policy": csp,
      "X-Content-Type-Options": "nosniff",
      // `same-origin`: the token never reaches another site, and the page's own form posts keep
      // their Origin header (under `no-referrer` Chromium sends "Origin: null").
      "Referrer-Policy": csp === PAGE_CSP ? "same-origin" : "no-referrer",
      "Cache-Control": "no-store",
      "Cross-Origin-Resource-Policy": "same-origin",
      ...(csp === PAGE_CSP ? { "X-Frame-Options": "DENY" } : {}),
      ...extra,
    });
    res.end(body);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    // A page on another site resolving a name to 127.0.0.1 (DNS rebinding) sends its own Host.
    if (req.headers.host !== hostHeader && req.headers.host !== hostHeader.replace(/^127\.0\.0\.1:/, "localhost:")) {
      throw new HttpError(421, "wrong host");
    }
    const url = new URL(req.url ?? "/", origin);
    if (req.method === "GET" && url.pathname === "/review.css") {
      send(res, 200, "text/css; charset=utf-8", css);
      return;
    }
    if (!sameSecret(url.searchParams.get("token") ?? "", token)) throw new HttpError(403, "missing or wrong token");

    if (req.method === "GET" && url.pathname === "/") {
      const { briefing, parts } = await draft();
      const data = await loadWeek(store, window, opts.options.rules.lookbackWeeks);
      const model = reviewPageModel({
        window,
        briefing,
        subject: parts.rendered.subject,
        coverage: briefing.coverage ? coverageLine(briefing.coverage) : "",
        positions: data.positions,
        articles: data.articles,
        decisions: data.reviews,
        taxonomy: opts.options.taxonomy,
        undated: await undatedOfWeek(store, window),
      });
      const notice =
        url.searchParams.get("done") === "1" ? "Decision saved; the draft below is rebuilt with it." : null;
      send(res, 200, "text/html; charset=utf-8", page({ ...model, token, csrf, notice, reviewer: opts.reviewer }));
      return;
    }
    if (req.method === "GET" && url.pathname === "/email") {
      const { parts } = await draft();
      send(res, 200, "text/html; charset=utf-8", parts.rendered.html, EMAIL_CSP);
      return;
    }
    if (url.pathname === "/decide") {
      if (req.method !== "POST") throw new HttpError(405, "decisions are made by POST only");
      if (req.headers.origin !== origin) throw new HttpError(403, "cross-origin request refused");
      const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim();
      if (type !== "application/x-www-form-urlencoded") throw new HttpError(415, "expected a form");
      const form = new URLSearchParams(await readBody(req));
      if (!sameSecret(form.get("csrf") ?? "", csrf)) throw new HttpError(403, "missing or wrong CSRF token");
      form.delete("csrf");
      await decide(form);
      res.writeHead(303, {
        Location: `/?token=${encodeURIComponent(token)}&done=1`,
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
      });
      res.end();
      return;
    }
    throw new HttpError(404, "not found");
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : "internal error (see the terminal)";
      if (!(error instanceof HttpError)) process.stderr.write(`digest review: ${(error as Error).message}\n`);
      if (res.headersSent) {
        res.end();
        return;
      }
      send(res, status, "text/plain; charset=utf-8", `${status}: ${message}\n`);
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const hostPart =
    address.family === "IPv6" || address.address.includes(":") ? `[${address.address}]` : address.address;
  hostHeader = `${hostPart}:${address.port}`;
  origin = `http://${hostHeader}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { isLoopback };

/**
 * Undated statements of articles fetched in the week (what `countUndatedArticles` counts), for the
 * editor to date. The store lists undated positions only without bounds, so this reads them all:
 * fine for one editor's page, not for a hot path.
 */
async function undatedOfWeek(
  store: Store,
  window: WeekWindow,
): Promise<{ positions: Position[]; articles: Article[] }> {
  const undated = (await store.listPositions({})).filter((p) => p.statedAt === null);
  const ids = [...new Set(undated.map((p) => p.evidence[0]!.articleId))];
  if (ids.length === 0) return { positions: [], articles: [] };
  const start = Date.parse(window.start);
  const end = Date.parse(window.end);
  const articles = (await store.listArticles({ ids })).filter((a) => {
    const t = Date.parse(a.provenance.fetchedAt);
    return a.publishedAt === null && t >= start && t < end;
  });
  const keep = new Set(articles.map((a) => a.id));
  return { positions: undated.filter((p) => keep.has(p.evidence[0]!.articleId)), articles };
}
