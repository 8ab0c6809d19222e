import { readFileSync } from "node:fs";

/** What a `doctor` check found: ok, a warning (works, but look), or a problem with the fix for it. */
export type FindingStatus = "ok" | "warn" | "fail";

export interface Finding {
  /** The thing checked: `config`, `fetch.contact`, `schedule.cron`, `store`, `source robots.txt`… */
  check: string;
  status: FindingStatus;
  message: string;
  /** What to do about it (for warn and fail). */
  fix?: string;
}

export const ok = (check: string, message: string): Finding => ({ check, status: "ok", message });
export const warn = (check: string, message: string, fix: string): Finding => ({
  check,
  status: "warn",
  message,
  fix,
});
export const fail = (check: string, message: string, fix: string): Finding => ({
  check,
  status: "fail",
  message,
  fix,
});

const MARK = { ok: "ok  ", warn: "warn", fail: "FAIL" } as const;

/** Plain lines for a person: one per finding, its fix indented under it. */
export function formatFindings(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${MARK[f.status]}  ${f.check}: ${f.message}`);
    if (f.fix && f.status !== "ok") lines.push(`      fix: ${f.fix}`);
  }
  const failed = findings.filter((f) => f.status === "fail").length;
  const warned = findings.filter((f) => f.status === "warn").length;
  lines.push(
    failed
      ? `${failed} problem(s), ${warned} warning(s)`
      : `no problems${warned ? `, ${warned} warning(s)` : ""}: ready`,
  );
  return `${lines.join("\n")}\n`;
}

/**
 * A doctor's read of its config file: the text, or the failing finding that says why it could not
 * be read ("cannot read ./stancewatch.config.json (EACCES)"). Both doctors start here.
 */
export function readConfigText(file: string): { text: string } | { finding: Finding } {
  try {
    return { text: readFileSync(file, "utf8") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { finding: fail("config", `cannot read ${file} (${code})`, "check the path and its permissions") };
  }
}
