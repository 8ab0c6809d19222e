import { describe, expect, it } from "vitest";
import {
  ConfigError,
  EXIT,
  ExitError,
  exitFor,
  reportCliFailure,
  reportFailure,
  StancewatchError,
} from "../src/index.js";

class StoreError extends Error {
  override name = "StoreError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function captured() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
  };
}

describe("one EXIT table for both CLIs", () => {
  it("maps what the user can fix to 2, partial work to 3 and the rest to 1", () => {
    expect(exitFor(new ConfigError("bad")).code).toBe(EXIT.usage);
    expect(exitFor(new StancewatchError("store_unusable", "x")).code).toBe(EXIT.usage);
    expect(exitFor(new StancewatchError("template_failed", "x")).code).toBe(EXIT.usage);
    expect(exitFor(new StancewatchError("send_busy", "x")).code).toBe(EXIT.partial);
    expect(exitFor(new StancewatchError("store_failed", "x")).code).toBe(EXIT.internal);
    expect(exitFor(new ExitError(EXIT.partial, "some failed")).code).toBe(EXIT.partial);
    // The store's own "this file is not a usable store" codes are the user's input.
    expect(exitFor(new StoreError("store_version", "newer")).code).toBe(EXIT.usage);
    expect(exitFor(new StoreError("store_busy", "locked")).code).toBe(EXIT.internal);
  });

  it("names a file system problem on a path without a stack", () => {
    const sys = Object.assign(new Error("EISDIR: illegal operation"), {
      code: "EISDIR",
      path: "/tmp/out",
      syscall: "open",
    });
    expect(exitFor(sys)).toEqual({ code: EXIT.usage, message: "/tmp/out: cannot open: it is a folder, not a file" });
  });
});

describe("the boundary", () => {
  it("prints a bug as one line that says so, never a stack trace", () => {
    const c = captured();
    const code = reportFailure(new TypeError("x is undefined"), { program: "ingest", ...c });
    expect(code).toBe(EXIT.internal);
    expect(c.out.stderr).toBe("ingest: internal error (a bug): x is undefined\n");
    expect(c.out.stderr).not.toMatch(/\n\s+at /);
    expect(c.out.stdout).toBe("");
  });

  it("under --json also prints one JSON error object, with secrets redacted everywhere", () => {
    const c = captured();
    const code = reportFailure(new ConfigError("SMTP_URL smtp://u:hunter2@h is refused"), {
      program: "digest send",
      json: true,
      redact: (s) => s.replaceAll("hunter2", "***"),
      ...c,
    });
    expect(code).toBe(EXIT.usage);
    expect(c.out.stderr).toBe("digest send: SMTP_URL smtp://u:***@h is refused\n");
    expect(JSON.parse(c.out.stdout)).toEqual({
      ok: false,
      error: { code: "config_invalid", message: "SMTP_URL smtp://u:***@h is refused" },
    });
  });

  it("stays quiet for an ExitError without a message (the command has reported)", () => {
    const c = captured();
    expect(reportFailure(new ExitError(EXIT.partial), { program: "ingest", json: true, ...c })).toBe(EXIT.partial);
    expect(c.out).toEqual({ stdout: "", stderr: "" });
  });
});

describe("reportCliFailure", () => {
  const sink = () => {
    const chunks: string[] = [];
    return { chunks, write: (t: string) => chunks.push(t) };
  };
  const commanderError = (exitCode: number, code: string, message: string) =>
    Object.assign(new Error(message), { name: "CommanderError", exitCode, code });

  it("ends --help with 0 and a usage error with 2 (one JSON object under --json), printing nothing else", () => {
    const stdout = sink();
    const stderr = sink();
    expect(
      reportCliFailure(commanderError(0, "commander.helpDisplayed", "(outputHelp)"), { program: "x", stdout, stderr }),
    ).toBe(0);
    const usage = commanderError(1, "commander.unknownOption", "error: unknown option '--fetc'");
    expect(reportCliFailure(usage, { program: "x", json: true, stdout, stderr })).toBe(2);
    expect(stdout.chunks).toEqual([
      `${JSON.stringify({ ok: false, error: { code: "usage", message: "unknown option '--fetc'" } })}\n`,
    ]);
    expect(stderr.chunks).toEqual([]);
  });

  it("hands anything else to reportFailure", () => {
    const stderr = sink();
    const code = reportCliFailure(new ConfigError('x.json: unknown key "fetc"'), {
      program: "x",
      stderr,
      stdout: sink(),
    });
    expect(code).toBe(2);
    expect(stderr.chunks).toEqual(['x: x.json: unknown key "fetc"\n']);
  });
});
