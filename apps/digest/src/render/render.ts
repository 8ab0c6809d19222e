import type { Briefing } from "@stancewatch/schema";
import { type CompiledTemplates, compileTemplates } from "./compile.js";
import { mjmlToHtml } from "./mjml.js";
import type { TemplateSet } from "./templates.js";
import { toViewModel, type ViewModel, type ViewOptions } from "./view.js";

export interface RenderedBriefing {
  subject: string;
  preheader: string;
  html: string;
  text: string;
  /** The MJML the templates produced (kept for debugging template overrides). */
  mjml: string;
}

/** Renders a Briefing to HTML (through MJML) and plain text, both from one view model. Pure. */
export function renderBriefing(
  briefing: Briefing,
  templates: TemplateSet,
  options: ViewOptions,
  compiled: CompiledTemplates = compileTemplates(templates),
): RenderedBriefing {
  const view: ViewModel = toViewModel(briefing, options);
  const mjml = compiled.email(view);
  const html = mjmlToHtml(mjml, templates);
  const text = `${compiled
    .text(view)
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
  return { subject: view.subject, preheader: view.preheader, html, text, mjml };
}
