import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatIssues, StancewatchError } from "@stancewatch/cli-kit";
import { z } from "zod";
import type { RawDocument } from "../clean/article.js";
import { parseDate } from "../clean/metadata/dates.js";

/** Inputs larger than this are refused: no news page is 20 MB, and the cap bounds memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const INPUT_EXT = new Set([".html", ".htm", ".txt"]);

/** The name an input's output is written under: the file name without its extension. */
export function outputName(file: string): string {
  const base = basename(file);
  return base.slice(0, base.length - extname(base).length) || base;
}

/**
 * Expands files and directories into the inputs to process: a directory gives its .html/.htm/.txt
 * files, recursively, sorted (sidecars `*.meta.json` are not inputs). A missing path is reported,
 * not thrown, so the other inputs still run.
 */
export async function expandInputs(
  paths: string[],
): Promise<{ files: string[]; errors: { path: string; message: string }[] }> {
  const files: string[] = [];
  const errors: { path: string; message: string }[] = [];
  for (const p of paths) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push({
        path: p,
        message: code === "ENOENT" ? "no such file or directory" : `cannot read (${code ?? String(error)})`,
      });
      continue;
    }
    if (info.isFile()) {
      files.push(p);
      continue;
    }
    if (!info.isDirectory()) {
      errors.push({ path: p, message: "not a file or directory" });
      continue;
    }
    // Iterative walk: a deep directory tree must not grow the call stack.
    files.push(...(await inputsUnder(p, errors)));
  }
  return { files, errors };
}

/** The .html/.htm/.txt files under a folder, recursively, sorted; a folder that cannot be listed goes to `errors`. */
async function inputsUnder(root: string, errors: { path: string; message: string }[]): Promise<string[]> {
  const found: string[] = [];
  const dirs = [root];
  while (dirs.length > 0) {
    const dir = dirs.pop()!;
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      errors.push({ path: dir, message: `cannot list directory (${(error as NodeJS.ErrnoException).code ?? error})` });
      continue;
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) dirs.push(full);
      else if (e.isFile() && INPUT_EXT.has(extname(e.name).toLowerCase()) && !e.name.endsWith(".meta.json"))
        found.push(full);
    }
  }
  return found.sort();
}

/** What a sidecar `NAME.meta.json` may say about its input. */
export const Sidecar = z
  .object({
    url: z.url({ protocol: /^https?$/ }).optional(),
    title: z.string().min(1).optional(),
    publishedAt: z
      .string()
      .refine((s) => parseDate(s) !== null, "must be a date such as 2025-06-03T08:00:00Z")
      .optional(),
    siteName: z.string().min(1).optional(),
    language: z.string().min(2).optional(),
    /** When the page was saved (a crawl's time): no date found in it may be later. */
    fetchedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .loose();
export type Sidecar = z.infer<typeof Sidecar>;

/** The sidecar path for an input: `story.html` → `story.meta.json`. */
export function sidecarPath(file: string): string {
  const ext = extname(file);
  return `${file.slice(0, file.length - ext.length)}.meta.json`;
}

async function readSidecar(file: string): Promise<Sidecar | null> {
  const path = sidecarPath(file);
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new StancewatchError("input_unreadable", `${path}: cannot read sidecar (${(error as Error).message})`, {
      file: path,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new StancewatchError("input_invalid", `${path}: sidecar is not valid JSON (${(error as Error).message})`, {
      file: path,
    });
  }
  const parsed = Sidecar.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    throw new StancewatchError("input_invalid", `${path}: invalid sidecar:\n${formatIssues(parsed.error)}`, {
      file: path,
    });
  }
  return parsed.data;
}

/**
 * Reads a local file into a RawDocument: its bytes (refused over MAX_INPUT_BYTES), its sidecar
 * `NAME.meta.json` when there is one, and the `--url`/`--published` flags, which win over the sidecar.
 */
export async function readLocalDocument(
  path: string,
  flags: { url?: string; published?: string; fetchedAt?: string } = {},
): Promise<RawDocument> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new StancewatchError(
      "input_unreadable",
      `${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? error})`,
      {
        file: path,
      },
    );
  }
  if (size > MAX_INPUT_BYTES) {
    throw new StancewatchError(
      "too_large",
      `${path}: file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`,
      { file: path },
    );
  }
  const body = new Uint8Array(await readFile(path));
  const sidecar = await readSidecar(path);
  const hints: NonNullable<RawDocument["hints"]> = {};
  const url = flags.url ?? sidecar?.url;
  if (url) hints.url = url;
  if (sidecar?.title) hints.title = sidecar.title;
  if (sidecar?.siteName) hints.siteName = sidecar.siteName;
  if (sidecar?.language) hints.language = sidecar.language;
  if (flags.published) {
    hints.publishedAt = flags.published;
    hints.publishedAtSource = "flag";
  } else if (sidecar?.publishedAt) {
    hints.publishedAt = sidecar.publishedAt;
    hints.publishedAtSource = "sidecar";
  }
  const ext = extname(path).toLowerCase();
  const doc: RawDocument = {
    url: url ?? pathToFileURL(resolve(path)).href,
    body,
    fetchedAt: flags.fetchedAt ?? sidecar?.fetchedAt ?? new Date(Date.now()).toISOString(),
    httpStatus: null,
    hints,
    input: path,
  };
  if (ext === ".txt") doc.kind = "text";
  else if (ext === ".html" || ext === ".htm") doc.kind = "html";
  return doc;
}
