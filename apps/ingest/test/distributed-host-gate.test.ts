/**
 * The shared politeness gate on a real PostgreSQL: three independent connections (standing for
 * three workers) fetch from five local hosts through one gate. The servers' own arrival log must
 * show the spacing and the in-flight limit held across all of them, and a Retry-After back-off
 * recorded by one worker must stop the others.
 */
import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostGate } from "../src/distributed/host-gate.js";
import { openPostgresStore } from "../src/distributed/pg-store.js";
import { systemClock } from "../src/fetch/clock.js";
import { HostDeferred } from "../src/fetch/limiter.js";
import { createTestDatabase, pgMissing, type TestDatabase } from "./fixtures/pg/database.js";

const CLIENT = fileURLToPath(new URL("./fixtures/pg/gate-client.mjs", import.meta.url));

function runNode(script: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, ...args], { timeout: 50_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

interface Arrival {
  start: number;
  end: number;
}

async function loggingServer(answerMs: number): Promise<{ port: number; log: Arrival[]; close(): Promise<void> }> {
  const log: Arrival[] = [];
  const server = http.createServer((_req, res) => {
    const entry = { start: performance.now(), end: 0 };
    log.push(entry);
    setTimeout(() => {
      entry.end = performance.now();
      res.end("ok");
    }, answerMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function get(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: "/", agent: false }, (res) => {
        res.resume();
        res.on("end", resolve);
      })
      .on("error", reject);
  });
}

describe.skipIf(pgMissing)("host gate shared by workers (real PostgreSQL)", () => {
  let db: TestDatabase;
  const pools: pg.Pool[] = [];
  const pool = () => {
    const p = new pg.Pool({ connectionString: db.url, max: 4 });
    // The database is dropped WITH (FORCE) at the end: idle connections being cut then is expected.
    p.on("error", () => {});
    pools.push(p);
    return p;
  };

  beforeAll(async () => {
    db = await createTestDatabase("gate");
    // Opening the store creates its schema, the distributed tables included.
    await (await openPostgresStore(db.url)).close();
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end()));
    await db?.drop();
  });

  it("keeps 200 ms between starts and one request in flight per host, across three worker processes", async () => {
    const servers = await Promise.all(Array.from({ length: 5 }, () => loggingServer(30)));
    try {
      const ports = servers.map((s) => s.port).join(",");
      // Three processes × 4 loops × 10 requests over 5 hosts: 24 requests per host.
      const outputs = await Promise.all(
        ["w1", "w2", "w3"].map((id) => runNode(CLIENT, [db.url, id, ports, "4", "10"])),
      );
      for (const out of outputs) expect(JSON.parse(out).granted).toBe(40);
      for (const server of servers) {
        const sorted = [...server.log].sort((a, b) => a.start - b.start);
        expect(sorted.length).toBe(24);
        const gaps = sorted.slice(1).map((s, i) => s.start - sorted[i]!.start);
        expect(Math.min(...gaps)).toBeGreaterThanOrEqual(200);
        // Never two at once: each request arrives after the previous one was answered.
        for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      }
      const { rows } = await pool().query("SELECT count(*)::int AS n FROM sw_crawl_host_leases");
      expect(rows[0]!.n).toBe(0);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  }, 60_000);

  it("a Retry-After back-off recorded by one worker holds every worker off the host", async () => {
    const server = await loggingServer(5);
    try {
      const host = `127.0.0.1:${server.port}`;
      const options = { perHostDelayMs: 0, perHostConcurrency: 2, leaseMs: 10_000, maxWaitMs: 30_000 };
      const a = new HostGate(pool(), { ...options, workerId: "a" }, systemClock);
      const b = new HostGate(pool(), { ...options, workerId: "b" }, systemClock);
      await a.run(host, () => get(server.port));
      const asked = performance.now();
      await a.backoff(host, 2_000, "HTTP 429 with Retry-After 2 s");
      await Promise.all([b.run(host, () => get(server.port)), a.run(host, () => get(server.port))]);
      expect(server.log.length).toBe(3);
      for (const arrival of server.log.slice(1)) expect(arrival.start - asked).toBeGreaterThanOrEqual(1_950);
      // A back-off longer than a request may wait ends the request "deferred" instead of holding it.
      await a.backoff(host, 60_000, "HTTP 503 with Retry-After 60 s");
      const short = new HostGate(pool(), { ...options, workerId: "c", maxWaitMs: 5_000 }, systemClock);
      await expect(short.run(host, () => get(server.port))).rejects.toBeInstanceOf(HostDeferred);
      expect(server.log.length).toBe(3);
    } finally {
      await server.close();
    }
  }, 30_000);

  it("a killed worker's lease frees itself when it expires", async () => {
    const host = "127.0.0.1:9";
    const p = pool();
    const options = { perHostDelayMs: 0, perHostConcurrency: 1, maxWaitMs: 30_000 };
    // The "dead" worker takes a 300 ms lease and never gives it back.
    const grant = await p.query("SELECT * FROM sw_host_acquire($1, 0, 1, 'dead', 300)", [host]);
    expect(grant.rows[0]!.lease_id).toBeTruthy();
    const alive = new HostGate(p, { ...options, leaseMs: 10_000, workerId: "alive" }, systemClock);
    const t0 = performance.now();
    await alive.run(host, async () => {});
    expect(performance.now() - t0).toBeGreaterThanOrEqual(250);
    expect(alive.stats.refused).toBeGreaterThan(0);
  }, 30_000);
});
