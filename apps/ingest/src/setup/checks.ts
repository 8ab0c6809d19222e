/**
 * The checks behind `ingest doctor`, each returning findings rather than throwing, so one run lists
 * every problem with its fix. Network and clock are injected: tests point them at loopback servers.
 */

import { lookup } from "node:dns/promises";
import { existsSync } from "node:fs";
import {
  type Config,
  diagnoseConfig,
  type Finding,
  fail,
  findConfig,
  isTimeZone,
  ok,
  readConfigText,
  userAgentOf,
  warn,
} from "@stancewatch/cli-kit";
import { isPostgresUrl, storeDisplay } from "@stancewatch/store";
import { Cron } from "croner";
import { AllowList } from "../fetch/address.js";
import { HttpClient } from "../fetch/http.js";
import { isAllowed, parseRobots, ROBOTS_MAX_BYTES } from "../fetch/robots.js";
import { openStoreAt } from "../pipeline/wiring.js";
import { contactProblem } from "./contact.js";

export function checkConfig(explicit: string | undefined, cwd: string): { findings: Finding[]; config: Config | null } {
  const file = findConfig(explicit, cwd);
  if (!file) {
    return {
      findings: [
        fail(
          "config",
          `no stancewatch.config.json|yaml in ${cwd}`,
          "run `ingest init --contact URL` here, or pass --config PATH",
        ),
      ],
      config: null,
    };
  }
  const read = readConfigText(file);
  if ("finding" in read) return { findings: [read.finding], config: null };
  const { text } = read;
  // Strict at every level: a typo ("shedule") fails here, naming its path; the other checks still
  // run on the rest when unknown keys are all that is wrong.
  const { config, error } = diagnoseConfig(text, file);
  const findings: Finding[] = [
    error ? fail("config", error.message, "correct the keys named above") : ok("config", `${file} is valid`),
  ];
  if (!config) return { findings, config: null };
  const contact = config.fetch.contact;
  const problem = contact === undefined ? "not set: sites cannot tell who crawls them" : contactProblem(contact);
  findings.push(
    problem
      ? fail(
          "fetch.contact",
          problem,
          "set fetch.contact to a page of yours that says what the crawler is and how to reach you",
        )
      : ok("fetch.contact", `User-Agent: ${userAgentOf(config.fetch)}`),
  );
  return { findings, config };
}

export function checkSchedule(config: Config, env: NodeJS.ProcessEnv, now: Date): Finding[] {
  const findings: Finding[] = [];
  const zones: [string, string | undefined][] = [
    ["schedule.timezone", config.schedule.timezone],
    ["STANCEWATCH_TZ", env.STANCEWATCH_TZ?.trim() || undefined],
  ];
  for (const [where, zone] of zones) {
    if (zone === undefined) continue;
    findings.push(
      isTimeZone(zone)
        ? ok(where, zone)
        : fail(where, `${JSON.stringify(zone)} is not an IANA time zone`, 'use a name like "UTC" or "Europe/Kyiv"'),
    );
  }
  const expr = config.schedule.cron;
  if (expr === undefined) {
    findings.push(
      warn(
        "schedule.cron",
        "not set: `ingest schedule` needs --cron",
        'set schedule.cron, e.g. "17 * * * *" (hourly at :17)',
      ),
    );
    return findings;
  }
  const zone = config.schedule.timezone;
  try {
    const cron = new Cron(expr, { paused: true, ...(zone && isTimeZone(zone) ? { timezone: zone } : {}) });
    const next = cron.nextRun(now);
    cron.stop();
    findings.push(ok("schedule.cron", `${JSON.stringify(expr)}: next pass ${next ? next.toISOString() : "never"}`));
  } catch (error) {
    findings.push(
      fail(
        "schedule.cron",
        `${JSON.stringify(expr)} is not a cron expression: ${(error as Error).message}`,
        'five fields: minute hour day-of-month month day-of-week, e.g. "17 */2 * * *"',
      ),
    );
  }
  return findings;
}

export async function checkStore(dbPath: string): Promise<Finding[]> {
  const shown = storeDisplay(dbPath);
  if (!isPostgresUrl(dbPath) && !existsSync(dbPath)) {
    return [warn("store", `${shown} does not exist yet`, "the first `ingest run` creates it")];
  }
  try {
    const store = await openStoreAt(dbPath, true);
    const counts = await store.counts();
    await store.close();
    return [ok("store", `${shown} opens and is migrated (${counts.articles} articles, ${counts.positions} positions)`)];
  } catch (error) {
    return [
      fail(
        "store",
        (error as Error).message,
        /not a migrated|schema version/.test((error as Error).message)
          ? "run `ingest run` once (it applies migrations), or upgrade Stancewatch if the file is newer"
          : "check the path (--db, STANCEWATCH_DB or the config's db) and its permissions",
      ),
    ];
  }
}

export interface SourceCheckDeps {
  /** Resolves a host name to addresses (DNS). */
  resolve(host: string): Promise<string[]>;
  /** Extra hosts allowed even when internal (`--allow-host`). */
  allowHosts: readonly string[];
}

export const systemResolve = async (host: string): Promise<string[]> =>
  (await lookup(host, { all: true })).map((a) => a.address);

/** For each URL source: its host resolves, robots.txt can be read, and the source URL is allowed by it. */
export async function checkSources(config: Config, deps: SourceCheckDeps): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (config.sources.length === 0) {
    findings.push(
      warn("sources", "none configured", "list feeds, sitemaps or pages under sources, or pass inputs to `ingest run`"),
    );
  }
  const http = new HttpClient({
    userAgent: userAgentOf(config.fetch),
    allow: new AllowList([...config.fetch.allowHosts, ...deps.allowHosts]),
    connectTimeoutMs: Math.min(config.fetch.connectTimeoutMs, 10_000),
    timeoutMs: Math.min(config.fetch.timeoutMs, 15_000),
    maxBytes: ROBOTS_MAX_BYTES,
    maxRedirects: config.fetch.maxRedirects,
  });
  try {
    const robotsByOrigin = new Map<string, Promise<RobotsFinding>>();
    for (const source of config.sources) {
      const label = `source "${source.name}"`;
      if (source.path) {
        findings.push(
          existsSync(source.path)
            ? ok(label, `${source.path} exists`)
            : warn(label, `${source.path} does not exist`, "create the folder or remove the source"),
        );
        continue;
      }
      const url = new URL(source.url!);
      try {
        const addresses = await deps.resolve(url.hostname.replace(/^\[|\]$/g, ""));
        findings.push(ok(`${label} DNS`, `${url.hostname} resolves to ${addresses.slice(0, 3).join(", ")}`));
      } catch (error) {
        findings.push(
          fail(
            `${label} DNS`,
            `${url.hostname} does not resolve (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
            "check the host name in the source's url, and this machine's DNS",
          ),
        );
        continue;
      }
      if (!config.fetch.robots) continue;
      let robots = robotsByOrigin.get(url.origin);
      if (!robots) {
        robots = robotsFinding(http, url.origin);
        robotsByOrigin.set(url.origin, robots);
      }
      const { policy, ...found } = await robots;
      findings.push({ ...found, check: `${label} robots.txt` });
      if (found.status === "ok" && policy !== undefined) {
        if (!isAllowed(parseRobots(policy, userAgentOf(config.fetch)), url.href)) {
          findings.push(
            fail(
              `${label} robots.txt`,
              `${url.href} is disallowed for our user agent`,
              "remove the source: the site asks crawlers not to fetch it",
            ),
          );
        }
      }
    }
  } finally {
    await http.close();
  }
  return findings;
}

type RobotsFinding = Finding & { policy?: string };

async function robotsFinding(http: HttpClient, origin: string): Promise<RobotsFinding> {
  const where = `${origin}/robots.txt`;
  try {
    const res = await http.get(where);
    if (res.status >= 200 && res.status < 300) {
      return { ...ok("robots.txt", `${where} read (${res.body.length} bytes)`), policy: res.body.toString("utf8") };
    }
    if (res.status >= 400 && res.status < 500) {
      return ok("robots.txt", `${where}: HTTP ${res.status}, so every path is allowed (RFC 9309)`);
    }
    return fail(
      "robots.txt",
      `${where}: HTTP ${res.status}; until it answers, nothing on the site is fetched (RFC 9309)`,
      "wait and run doctor again; if it persists, the site is down or blocks us",
    );
  } catch (error) {
    const message = (error as Error).message;
    return fail(
      "robots.txt",
      `${where}: ${message}`,
      /refus|internal|private|loopback/i.test(message)
        ? "if this host is yours, add it to fetch.allowHosts (or pass --allow-host)"
        : "check the network and the host; nothing on the site can be fetched until robots.txt answers",
    );
  }
}
