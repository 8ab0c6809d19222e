import mjml2html from "mjml";
import { TemplateError } from "../errors.js";
import type { TemplateSet } from "./templates.js";

interface MjmlIssue {
  line: number;
  message: string;
  tagName: string;
}

/**
 * MJML reports lines of the rendered markup; an author needs the template line. Each template
 * line becomes a pattern (its `{{…}}` parts match anything) and the first template whose line
 * matches the offending rendered line names the location.
 */
export function locateLine(renderedLine: string, set: TemplateSet): { name: string; line: number } | null {
  const target = renderedLine.trim();
  if (!target) return null;
  for (const t of set.values()) {
    const lines = t.source.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line?.includes("<")) continue;
      const pattern = line
        .split(/{{[^}]*}}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[\\s\\S]*?");
      if (new RegExp(`^${pattern}$`).test(target)) return { name: t.name, line: i + 1 };
    }
  }
  return null;
}

/** Collapses the indentation MJML emits between tags (about a third of its output) without touching text. */
export function compactHtml(html: string): string {
  return html.replace(/>\s*\n\s*</g, "><").replace(/\n\s+/g, "\n");
}

/**
 * Inlining is most of MJML's time on a busy week; these juice features do nothing for our CSS
 * (no width/height rules on tables or images, no pseudo-elements, fonts, keyframes or variables).
 */
const JUICE_OPTIONS = {
  applyWidthAttributes: false,
  applyHeightAttributes: false,
  applyAttributesTableElements: false,
  inlinePseudoElements: false,
  preserveFontFaces: false,
  preserveKeyFrames: false,
  preservePseudos: false,
  resolveCSSVariables: false,
};

/**
 * MJML → HTML at validation level "strict": any invalid tag or attribute fails with its template line.
 * Async since mjml 5 (it dropped html-minifier, whose ReDoS advisory every audit showed).
 */
export async function mjmlToHtml(markup: string, set: TemplateSet): Promise<string> {
  let result: { html: string };
  try {
    // No web fonts: nothing in the email may load from a third party. `ignoreIncludes` (mjml 5's default,
    // stated here): a template override must not pull files into the email with <mj-include>.
    result = await mjml2html(markup, {
      validationLevel: "strict",
      fonts: {},
      keepComments: false,
      ignoreIncludes: true,
      juiceOptions: JUICE_OPTIONS,
    });
  } catch (error) {
    const issues = ((error as { errors?: MjmlIssue[] }).errors ?? []) as MjmlIssue[];
    const first = issues[0];
    if (!first) {
      throw new TemplateError("email", null, error instanceof Error ? error.message : String(error), "mjml_invalid", {
        cause: error,
      });
    }
    const renderedLine = markup.split("\n")[first.line - 1] ?? "";
    const at = locateLine(renderedLine, set);
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more MJML problems)` : "";
    throw new TemplateError(
      at?.name ?? "email",
      at?.line ?? null,
      `MJML: ${first.message}${at ? "" : ` (rendered MJML line ${first.line})`}${more}`,
      "mjml_invalid",
      { cause: error },
    );
  }
  return compactHtml(result.html);
}
