/**
 * The distributed deployment files (deploy/distributed/): the systemd units pass `systemd-analyze
 * verify`, and the compose file has the parts the README promises, with secrets only from files.
 * The commands they run exist in the built CLI with the options they use.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CLI } from "./fixtures/site/cli.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const DIR = path.join(ROOT, "deploy/distributed");
const inCi = process.env.CI === "true";

describe("deploy/distributed", () => {
  const units = readdirSync(path.join(DIR, "systemd")).map((f) => path.join(DIR, "systemd", f));
  const analyze = "/usr/bin/systemd-analyze";

  it("has the worker template, the pass timer, the migrate and status units", () => {
    expect(units.map((u) => path.basename(u)).sort()).toEqual([
      "stancewatch-ingest-distributed.service",
      "stancewatch-ingest-distributed.timer",
      "stancewatch-migrate.service",
      "stancewatch-status.service",
      "stancewatch-status.timer",
      "stancewatch-worker@.service",
    ]);
    const worker = readFileSync(path.join(DIR, "systemd/stancewatch-worker@.service"), "utf8");
    expect(worker).toMatch(/^KillSignal=SIGTERM$/m);
    expect(worker).toMatch(/^Restart=always$/m);
    expect(worker).toMatch(/^EnvironmentFile=\/etc\/stancewatch\/postgres\.env$/m);
    expect(worker).not.toMatch(/PGPASSWORD=|postgres:\/\/[^\s]*:[^\s]*@/);
  });

  it.runIf(inCi && !existsSync(analyze))("needs systemd-analyze in CI", () => {
    expect.fail(`${analyze} is missing and CI=true: install Debian's systemd package`);
  });
  it.skipIf(!existsSync(analyze))("its systemd units pass systemd-analyze verify", () => {
    const verify = spawnSync(analyze, ["verify", ...units], { encoding: "utf8" });
    expect(verify.stderr).toBe("");
    expect(verify.status).toBe(0);
  });

  it("compose runs postgres, a migrate step, 3 workers, a scheduler and the digest, secrets from files", () => {
    const text = readFileSync(path.join(DIR, "compose.yaml"), "utf8");
    const compose = parse(text, { merge: true }) as {
      services: Record<string, Record<string, unknown> & { command?: string[]; deploy?: { replicas?: number } }>;
    };
    expect(Object.keys(compose.services).sort()).toEqual(["digest", "migrate", "postgres", "scheduler", "worker"]);
    expect(compose.services.postgres!.image).toBe("postgres:15");
    expect(compose.services.migrate!.command).toEqual(["apps/ingest/dist/cli.js", "worker", "--migrate-only"]);
    expect(compose.services.worker!.deploy?.replicas).toBe(3);
    expect(compose.services.worker!.stop_signal).toBe("SIGTERM");
    expect(compose.services.worker!.depends_on).toEqual({ migrate: { condition: "service_completed_successfully" } });
    expect(compose.services.digest!.command).toEqual(["apps/digest/dist/cli.js", "send"]);
    expect(compose.services.scheduler!.command).toEqual([
      "apps/ingest/dist/cli.js",
      "schedule",
      "--distributed",
      "--cron",
      "17 */2 * * *",
    ]);
    expect(text).not.toMatch(/PASSWORD: |PGPASSWORD=|postgres:\/\/[^\s]*:[^\s]*@/);
  });

  it("the commands the units and compose run exist with those options", () => {
    const help = (args: string[]) => spawnSync(process.execPath, [CLI, ...args, "--help"], { encoding: "utf8" });
    const worker = help(["worker"]);
    expect(worker.status).toBe(0);
    for (const option of ["--migrate-only", "--concurrency", "--id", "--quiet"])
      expect(worker.stdout).toContain(option);
    const run = help(["run"]);
    for (const option of ["--distributed", "--no-wait", "--quiet"]) expect(run.stdout).toContain(option);
    expect(help(["dead-letters"]).stdout).toMatch(/list[\s\S]*retry[\s\S]*drop/);
    for (const option of ["--distributed", "--cron"]) expect(help(["schedule"]).stdout).toContain(option);
  }, 30_000);
});
