/** What a run works through: URLs (pages, feeds, sitemaps, told apart once fetched) and local paths. */
import type { SourceConfig } from "@stancewatch/cli-kit";
import { isHttpUrl } from "../fetch/canonical.js";

export interface TargetFilter {
  include: RegExp[];
  exclude: RegExp[];
  maxItems: number | null;
  language: string | null;
}

export type Target =
  | { kind: "url"; url: string; sourceId: string | null; filter: TargetFilter }
  | { kind: "path"; path: string; sourceId: string | null; filter: TargetFilter };

export const NO_FILTER: TargetFilter = { include: [], exclude: [], maxItems: null, language: null };

/** CLI inputs: anything that parses as an http(s) URL is a URL, everything else a local path. */
export function targetsFromInputs(inputs: readonly string[]): Target[] {
  return inputs.map((input) =>
    isHttpUrl(input)
      ? { kind: "url", url: input, sourceId: null, filter: NO_FILTER }
      : { kind: "path", path: input, sourceId: null, filter: NO_FILTER },
  );
}

export function filterOf(source: SourceConfig): TargetFilter {
  const options: Partial<NonNullable<SourceConfig["options"]>> = source.options ?? {};
  const include = source.include ?? options.include ?? [];
  const exclude = source.exclude ?? options.exclude ?? [];
  return {
    include: include.map((p) => new RegExp(p)),
    exclude: exclude.map((p) => new RegExp(p)),
    maxItems: source.maxItems ?? options.maxItems ?? null,
    language: source.language ?? options.language ?? null,
  };
}

/** A stable id for a configured source: its `id`, else a slug of its name. */
export function sourceIdOf(source: SourceConfig): string {
  if (source.id) return source.id;
  const slug = source.name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return /^[a-z]/.test(slug) ? slug.slice(0, 64) : `s-${slug}`.slice(0, 64);
}

export function targetsFromSources(sources: readonly SourceConfig[]): Target[] {
  return sources.map((source) => {
    const sourceId = sourceIdOf(source);
    const filter = filterOf(source);
    return source.url
      ? { kind: "url", url: source.url, sourceId, filter }
      : { kind: "path", path: source.path!, sourceId, filter };
  });
}

export function passes(filter: TargetFilter, url: string): boolean {
  if (filter.exclude.some((r) => r.test(url))) return false;
  return filter.include.length === 0 || filter.include.some((r) => r.test(url));
}
