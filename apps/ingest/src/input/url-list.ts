/**
 * A URL list file for `ingest run --urls FILE`, as trafilatura's `-i`: one URL per line, blank lines
 * and `#` comments ignored. A comment is a line starting with `#`, or ` #…` after a URL (a space
 * before it, since `https://x.example/a#part` is a URL with a fragment, not a comment).
 */

import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { StancewatchError } from "@stancewatch/cli-kit";
import { isHttpUrl } from "../fetch/canonical.js";

/** A URL list is text a person keeps; 10 MB is about 100,000 URLs. */
export const MAX_URL_LIST_BYTES = 10 * 1024 * 1024;

export interface UrlListProblem {
  line: number;
  text: string;
  reason: string;
}

export interface UrlList {
  urls: string[];
  problems: UrlListProblem[];
}

/** Pure: the URLs of a list's text, in order without repeats, and each bad line with its number. */
export function parseUrlList(text: string): UrlList {
  const urls: string[] = [];
  const seen = new Set<string>();
  const problems: UrlListProblem[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    if (/\s/.test(line)) {
      problems.push({ line: i + 1, text: clip(line), reason: "one URL per line (found spaces)" });
    } else if (!isHttpUrl(line)) {
      problems.push({ line: i + 1, text: clip(line), reason: "not an http(s) URL" });
    } else if (!seen.has(line)) {
      seen.add(line);
      urls.push(line);
    }
  }
  return { urls, problems };
}

/**
 * Reads and parses a list; any unreadable file or bad line is a usage error naming file and line.
 * `file` is named as given ("--urls feeds.txt: no such file") and read relative to `cwd`.
 */
export function readUrlList(file: string, cwd = process.cwd()): string[] {
  let text: string;
  const at = path.resolve(cwd, file);
  try {
    const size = statSync(at).size;
    if (size > MAX_URL_LIST_BYTES) {
      throw new Error(`${size} bytes is more than the ${MAX_URL_LIST_BYTES}-byte limit for a URL list`);
    }
    text = readFileSync(at, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new StancewatchError("usage", `--urls ${file}: ${reason}`, { file });
  }
  const { urls, problems } = parseUrlList(text);
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `${file}:${p.line}: ${p.reason}: ${p.text}`);
    if (problems.length > 20) shown.push(`… and ${problems.length - 20} more bad lines`);
    throw new StancewatchError("usage", `--urls ${file}: ${problems.length} bad line(s)\n  ${shown.join("\n  ")}`, {
      file,
    });
  }
  if (urls.length === 0) throw new StancewatchError("usage", `--urls ${file}: no URLs in the file`, { file });
  return urls;
}

const clip = (s: string): string =>
  (s.length > 120 ? `${s.slice(0, 117)}…` : s).replace(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/g, "?");
