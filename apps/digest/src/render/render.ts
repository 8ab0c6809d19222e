import type { Briefing } from "@stancewatch/schema";
import { type CompiledTemplates, compileTemplates } from "./compile.js";
import { mjmlToHtml } from "./mjml.js";
import { sanitizeBriefing, sanitizeSubject } from "./sanitize.js";
import type { TemplateSet } from "./templates.js";
import { COMPACT_LIMITS, type RenderLimits, toViewModel, type ViewModel, type ViewOptions } from "./view.js";

export interface RenderedBriefing {
  subject: string;
  preheader: string;
  html: string;
  text: string;
  /** The MJML the templates produced (kept for debugging template overrides). */
  mjml: string;
}

/**
 * The HTML size to stay under: Gmail clips a message body above 102 KB, and the MIME encoding of
 * the rest of the message must not be counted against it, so keep a margin.
 */
export const HTML_BUDGET_BYTES = 100_000;

/**
 * When even the tightest layout is over budget (a hostile store: every field at its clip length),
 * show only the top of each list; the "and N more" lines and the sources still say what was left out.
 */
const LAST_RESORT_LIMITS: RenderLimits = {
  shifts: 1,
  briefs: 2,
  othersPerShift: 0,
  citationsPerStance: 1,
  events: 2,
  citationsPerEvent: 1,
  sources: 2,
  alsoReportedBy: 0,
  quoteChars: 120,
};

/**
 * Renders a Briefing to HTML (through MJML) and plain text, both from one view model. When a busy
 * week would pass the size budget, lists collapse further (fewer shifts, events and sources, each
 * with "and N more") until it fits. Pure (async only because MJML 5 is).
 */
export async function renderBriefing(
  briefing: Briefing,
  templates: TemplateSet,
  options: ViewOptions,
  compiled: CompiledTemplates = compileTemplates(templates),
): Promise<RenderedBriefing> {
  const tiers: (Partial<RenderLimits> | undefined)[] = [options.limits, ...COMPACT_LIMITS, LAST_RESORT_LIMITS];
  // Scraped text is untrusted: no bidi controls, no field longer than its place can use.
  const safe = sanitizeBriefing(briefing);
  let result: RenderedBriefing | undefined;
  for (const limits of tiers) {
    const view: ViewModel = toViewModel(safe, limits ? { ...options, limits } : options);
    const mjml = compiled.email(view);
    const html = await mjmlToHtml(mjml, templates);
    result = {
      subject: sanitizeSubject(view.subject),
      preheader: view.preheader,
      html,
      text: plainText(compiled, view),
      mjml,
    };
    if (Buffer.byteLength(html) <= HTML_BUDGET_BYTES) break;
  }
  return result!;
}

function plainText(compiled: CompiledTemplates, view: ViewModel): string {
  return `${compiled
    .text(view)
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
