// The scheduling examples of apps/ingest/README.md, run as written: the cron lines are taken from
// the README and run under cron's bare environment (`env -i PATH=/usr/bin:/bin`, /bin/sh), with only
// the site-specific paths swapped for a temporary checkout; the systemd units and the Actions
// workflow in the README must be the files in deploy/, and the units pass `systemd-analyze verify`.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@stancewatch/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { type GeneratedSite, startGeneratedSite } from "../../ingest/test/fixtures/site/generate.js";
import { makeTestCert, startSmtpServer, type TestCert, type TestSmtpServer } from "./send-support.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const README = readFileSync(path.join(ROOT, "apps/ingest/README.md"), "utf8");
const inCi = process.env.CI === "true";

/** The fenced block right after `<!-- marker -->` in the README. */
function block(marker: string): string {
  const m = new RegExp(
    `<!-- ${marker.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``,
  ).exec(README);
  if (!m) throw new Error(`README has no block after <!-- ${marker} -->`);
  return m[1]!;
}

/** A crontab line: five schedule fields, then the command /bin/sh runs. */
function cronLine(marker: string): { schedule: string; command: string } {
  const line = block(marker).trim();
  expect(line.split("\n")).toHaveLength(1);
  const fields = line.split(/\s+/);
  return { schedule: fields.slice(0, 5).join(" "), command: line.split(/\s+/).slice(5).join(" ") };
}

/** Runs a command as cron would: /bin/sh -c, an empty environment but PATH=/usr/bin:/bin and HOME. */
function asCron(command: string, home: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      "/usr/bin/env",
      ["-i", "PATH=/usr/bin:/bin", `HOME=${home}`, "SHELL=/bin/sh", "/bin/sh", "-c", command],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the README's deploy files are the ones in deploy/", () => {
  const files = [...README.matchAll(/<!-- (deploy\/[^ ]+) -->/g)].map((m) => m[1]!);
  it("lists the systemd units and the workflow", () => {
    expect(files.sort()).toEqual([
      "deploy/github-actions/stancewatch.yml",
      "deploy/systemd/stancewatch-digest.service",
      "deploy/systemd/stancewatch-digest.timer",
      "deploy/systemd/stancewatch-ingest.service",
      "deploy/systemd/stancewatch-ingest.timer",
    ]);
  });
  for (const file of files) {
    it(`${file} is shown as it is`, () => {
      expect(block(file)).toBe(readFileSync(path.join(ROOT, file), "utf8"));
    });
  }

  const analyze = "/usr/bin/systemd-analyze";
  it.runIf(inCi && !existsSync(analyze))("needs systemd-analyze in CI", () => {
    expect.fail(`${analyze} is missing and CI=true: install Debian's systemd package`);
  });
  it.skipIf(!existsSync(analyze))(
    "the systemd units pass systemd-analyze verify, timers fire when the README says",
    () => {
      const units = files.filter((f) => f.startsWith("deploy/systemd/")).map((f) => path.join(ROOT, f));
      const verify = spawnSync(analyze, ["verify", ...units], { encoding: "utf8" });
      expect(verify.stderr).toBe("");
      expect(verify.status).toBe(0);
      const calendar = (unit: string) => /^OnCalendar=(.*)$/m.exec(readFileSync(path.join(ROOT, unit), "utf8"))![1]!;
      const next = (spec: string) =>
        spawnSync(analyze, ["calendar", "--iterations=2", spec], {
          encoding: "utf8",
          env: { ...process.env, TZ: "UTC" },
        }).stdout;
      expect(next(calendar("deploy/systemd/stancewatch-digest.timer"))).toMatch(
        /Next elapse: Mon \d{4}-\d\d-\d\d 07:00:00/,
      );
      const ingestNext = /Next elapse: \w{3} \d{4}-\d\d-\d\d (\d\d):17:00/.exec(
        next(calendar("deploy/systemd/stancewatch-ingest.timer")),
      );
      expect(Number(ingestNext?.[1]) % 2).toBe(0);
    },
  );

  it("the workflow keeps the whole data/ folder and takes SMTP settings from the repository's secrets", () => {
    const wf = parseYaml(readFileSync(path.join(ROOT, "deploy/github-actions/stancewatch.yml"), "utf8"));
    const steps = wf.jobs.run.steps as {
      uses?: string;
      run?: string;
      with?: Record<string, string>;
      env?: Record<string, string>;
    }[];
    const caches = steps.filter((s) => s.uses?.startsWith("actions/cache/"));
    expect(caches.map((s) => s.with?.path)).toEqual(["data/", "data/"]);
    const send = steps.find((s) => s.run?.includes("digest/dist/cli.js send"))!;
    for (const [name, value] of Object.entries(send.env ?? {})) expect(value).toBe(`\${{ secrets.${name} }}`);
    expect(Object.keys(send.env ?? {})).toEqual(expect.arrayContaining(["SMTP_URL", "SMTP_FROM"]));
    expect(wf.on.schedule.map((s: { cron: string }) => s.cron)).toContain(send.run && "0 7 * * 1");
    expect(wf.concurrency.group).toBe("stancewatch");
  });
});

describe("the README's cron lines, run as cron would", { timeout: 120_000 }, () => {
  let site: GeneratedSite;
  let cert: TestCert;
  let smtp: TestSmtpServer;
  let dir: string;
  let checkout: string;
  let ingest: { schedule: string; command: string };
  let digest: { schedule: string; command: string };
  /** The README's paths, swapped for this test's (each must be in the line, or the README changed). */
  const swap = (command: string): string => {
    const pairs: [string, string][] = [
      ["/srv/stancewatch", checkout],
      ["/usr/bin/node", process.execPath],
      ["/var/log/stancewatch", path.join(dir, "log")],
      ["/tmp/stancewatch-", path.join(dir, "lock-")],
      ["/etc/stancewatch", path.join(dir, "etc")],
    ];
    let out = command;
    for (const [from, to] of pairs) if (out.includes(from)) out = out.replaceAll(from, to);
    return out;
  };

  beforeAll(async () => {
    ingest = cronLine("cron: ingest");
    digest = cronLine("cron: digest");
    site = await startGeneratedSite(4, 0);
    cert = makeTestCert();
    smtp = await startSmtpServer({ cert, user: "cron", pass: "p%ss w0rd" });
    dir = mkdtempSync(path.join(tmpdir(), "sw-cron-"));
    checkout = path.join(dir, "srv");
    mkdirSync(checkout);
    mkdirSync(path.join(dir, "log"));
    mkdirSync(path.join(dir, "etc"));
    // The checkout: the built apps, and the operator's config.
    symlinkSync(path.join(ROOT, "apps"), path.join(checkout, "apps"));
    writeFileSync(
      path.join(checkout, "stancewatch.config.json"),
      JSON.stringify({
        fetch: { contact: "https://northgate.news/crawler", allowHosts: ["127.0.0.1"], perHostDelayMs: 0 },
        sources: [{ name: "Northgate", url: `${site.origin}/feed.xml` }],
        digest: {
          from: "Stancewatch <briefing@northgate.news>",
          recipients: ["analyst@northgate.news"],
          unsubscribe: { url: "https://northgate.news/unsubscribe?r={recipient}&w={week}" },
        },
      }),
    );
    writeFileSync(
      path.join(dir, "etc", "digest.env"),
      [
        `export SMTP_URL='smtp://cron:${encodeURIComponent("p%ss w0rd")}@127.0.0.1:${smtp.port}'`,
        "export SMTP_FROM='Stancewatch <briefing@northgate.news>'",
        `export NODE_EXTRA_CA_CERTS='${cert.certPath}'`,
        "",
      ].join("\n"),
      { mode: 0o600 },
    );
  });

  afterAll(async () => {
    await site?.close();
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (cert) rmSync(cert.dir, { recursive: true, force: true });
  });

  it("the root README shows the same cron lines", () => {
    const root = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const lines = /```cron\n([\s\S]*?)```/.exec(root)?.[1]?.trim().split("\n");
    expect(lines).toEqual([block("cron: ingest").trim(), block("cron: digest").trim()]);
  });

  it("the schedules are what the README says: every two hours at :17, Monday 07:00", () => {
    expect(ingest.schedule).toBe("17 */2 * * *");
    expect(digest.schedule).toBe("0 7 * * 1");
    // cron turns % into a new line: the lines must not contain one.
    expect(ingest.command + digest.command).not.toContain("%");
    // Programs by absolute path: cron's PATH may not hold the node the operator installed.
    for (const { command } of [ingest, digest]) {
      expect(command).toMatch(/ \/usr\/bin\/flock -n \S+ \/usr\/bin\/node apps\/\w+\/dist\/cli\.js /);
    }
  });

  it("ingest: one quiet pass fills the store, nothing on the log but what went wrong", async () => {
    const r = await asCron(swap(ingest.command), dir);
    expect(r).toMatchObject({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(path.join(dir, "log", "ingest.log"), "utf8")).toBe("");
    const store = openStore({ path: path.join(checkout, "data", "stancewatch.db"), readonly: true });
    expect((await store.counts()).articles).toBe(4);
    await store.close();
  });

  it("ingest: while a pass holds the lock, the next one is skipped (flock -n)", async () => {
    const lock = path.join(dir, "lock-ingest.lock");
    const holder = spawn("/usr/bin/flock", [lock, "sleep", "5"], { stdio: "ignore" });
    await new Promise((r) => setTimeout(r, 300));
    const before = site.pageHits.length;
    const r = await asCron(swap(ingest.command), dir);
    holder.kill();
    expect(r.code).toBe(1);
    expect(site.pageHits.length).toBe(before);
  });

  it("digest: the weekly send reads its secrets from the env file and mails the briefing", async () => {
    const r = await asCron(swap(digest.command), dir);
    const log = readFileSync(path.join(dir, "log", "digest.log"), "utf8");
    expect(r.code, log).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.to).toEqual(["analyst@northgate.news"]);
    expect(smtp.received[0]!.secure).toBe(true);
    expect(log).not.toContain("p%ss");
  });
});
