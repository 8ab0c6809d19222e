import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AllowList, classifyAddress, decideDestination } from "../src/fetch/address.js";
import { guardedLookup } from "../src/fetch/guard.js";
import { HttpClient } from "../src/fetch/http.js";
import { type Site, startSite, startTrap } from "./fixtures/site/server.js";

describe("address classification (decided on literals, no traffic sent)", () => {
  it.each([
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["127.0.0.1", "loopback"],
    ["127.0.0.2", "loopback"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared"],
    ["0.0.0.0", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fd12:3456::1", "unique-local"],
    ["fc00::1", "unique-local"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["64:ff9b::a00:1", "private"],
    ["2002:c0a8:0101::1", "private"],
    ["[::1]", "loopback"],
  ])("classifies %s as %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it.each(["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1", "11.0.0.1"])(
    "classifies %s as public",
    (address) => {
      expect(classifyAddress(address)).toBe("public");
    },
  );

  it("allowing 127.0.0.1 allows exactly that address, not 127.0.0.2, 10.0.0.1 or ::1", () => {
    const allow = new AllowList(["127.0.0.1"]);
    expect(decideDestination("127.0.0.1", ["127.0.0.1"], allow)).toEqual({ allowed: true });
    for (const other of ["127.0.0.2", "10.0.0.1", "::1", "::ffff:127.0.0.2", "169.254.169.254"]) {
      const decision = decideDestination(other, [other], allow);
      expect(decision.allowed, other).toBe(false);
    }
  });

  it("judges a hostname by every address it resolves to", () => {
    const allow = new AllowList([]);
    expect(decideDestination("news.example", ["93.184.215.14"], allow).allowed).toBe(true);
    const mixed = decideDestination("rebind.example", ["93.184.215.14", "10.0.0.1"], allow);
    expect(mixed.allowed).toBe(false);
    expect(mixed.allowed ? "" : mixed.reason).toContain("10.0.0.1");
    // An allowed host name is allowed whatever it resolves to; allowing an IP allows that IP only.
    expect(decideDestination("intranet.example", ["10.0.0.1"], new AllowList(["intranet.example"])).allowed).toBe(true);
    expect(decideDestination("intranet.example", ["10.0.0.1"], new AllowList(["10.0.0.1"])).allowed).toBe(true);
    expect(decideDestination("intranet.example", ["10.0.0.2"], new AllowList(["10.0.0.1"])).allowed).toBe(false);
  });

  it("matches allow-list entries case-insensitively and across IPv6 spellings", () => {
    const allow = new AllowList(["LocalHost", "[0:0:0:0:0:0:0:1]"]);
    expect(allow.has("localhost")).toBe(true);
    expect(allow.has("::1")).toBe(true);
  });

  it("refuses in the connect-time lookup hook when a name resolves to an internal address", async () => {
    const lookup = guardedLookup(new AllowList([]), (_host, cb) => cb(null, [{ address: "10.0.0.1", family: 4 }]));
    const result = await new Promise<{ err: Error | null; address: unknown }>((resolve) =>
      lookup("sneaky.example", { all: true }, (err, address) => resolve({ err, address })),
    );
    expect(result.err?.message).toMatch(/refusing private address sneaky\.example \(resolves to 10\.0\.0\.1\)/);
  });
});

describe("the HTTP client refuses internal destinations before connecting", () => {
  let site: Site;
  let trap: Awaited<ReturnType<typeof startTrap>>;
  beforeAll(async () => {
    trap = await startTrap("127.0.0.2");
    site = await startSite({ internalOrigin: trap.origin });
  });
  afterAll(async () => {
    await site.close();
    await trap.close();
  });

  const client = (allow: string[]) =>
    new HttpClient({
      userAgent: "StancewatchTest/1",
      allow: new AllowList(allow),
      connectTimeoutMs: 2000,
      timeoutMs: 2000,
      maxBytes: 1 << 20,
      maxRedirects: 5,
    });

  it("refuses a loopback address nobody allowed", async () => {
    const http = client([]);
    await expect(http.get(`${site.origin}/news/summit`)).rejects.toMatchObject({ code: "fetch_refused" });
    expect(site.hits("/news/summit")).toHaveLength(0);
    await http.close();
  });

  it("refuses a redirect from an allowed host to 127.0.0.2, and the server there is never contacted", async () => {
    const http = client(["127.0.0.1"]);
    await expect(http.get(`${site.origin}/to-internal`)).rejects.toMatchObject({
      code: "fetch_refused",
      message: expect.stringContaining("127.0.0.2"),
    });
    expect(site.hits("/to-internal")).toHaveLength(1);
    expect(trap.hits).toEqual([]);
    await http.close();
  });

  it("refuses localhost by name (resolved, then judged) unless the name is allowed", async () => {
    const refused = client(["127.0.0.2"]);
    await expect(refused.get(`http://localhost:${site.port}/news/summit`)).rejects.toMatchObject({
      code: "fetch_refused",
    });
    await refused.close();
    const allowed = client(["localhost"]);
    const res = await allowed.get(`http://localhost:${site.port}/news/summit`).catch((e: Error) => e);
    // localhost may resolve to ::1 first where nothing listens; what matters is that it was not refused.
    expect((res as { code?: string }).code).not.toBe("fetch_refused");
    await allowed.close();
  });

  it("refuses non-http(s) schemes outright", async () => {
    const http = client(["127.0.0.1"]);
    await expect(http.get("javascript:alert(1)")).rejects.toMatchObject({ code: "fetch_refused" });
    await expect(http.get("file:///etc/passwd")).rejects.toMatchObject({ code: "fetch_refused" });
    await http.close();
  });
});
