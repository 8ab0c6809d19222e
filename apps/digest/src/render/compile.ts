import Handlebars from "handlebars";
import { TemplateError } from "../errors.js";
import { ROOT_TEMPLATES, type TemplateSet } from "./templates.js";

type Render = (view: unknown) => string;

export interface CompiledTemplates {
  /** MJML markup (HTML-escaped values). */
  email: Render;
  /** Plain text (no escaping: the output is text/plain). */
  text: Render;
}

interface Annotated {
  swTemplate?: string;
  lineNumber?: number;
}

const lineFrom = (error: unknown): number | null => {
  const e = error as Annotated & { message?: string };
  if (typeof e.lineNumber === "number") return e.lineNumber;
  const m = /line (\d+)/i.exec(e.message ?? "");
  return m ? Number(m[1]) : null;
};

const firstLine = (message: string): string => message.split("\n")[0]!.trim();

/** Finds the template (and line) that includes a partial that does not exist. */
function whoIncludes(partial: string, set: TemplateSet): { name: string; line: number | null } | null {
  const re = new RegExp(`{{~?>\\s*${partial.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\s|}|~)`);
  for (const t of set.values()) {
    const lines = t.source.split("\n");
    const i = lines.findIndex((l) => re.test(l));
    if (i >= 0) return { name: t.name, line: i + 1 };
  }
  return null;
}

function toTemplateError(error: unknown, fallback: string, set: TemplateSet): TemplateError {
  if (error instanceof TemplateError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const missing = /The partial (\S+) could not be found/.exec(message);
  if (missing) {
    const at = whoIncludes(missing[1]!, set);
    return new TemplateError(
      at?.name ?? fallback,
      at?.line ?? null,
      `partial "${missing[1]}" does not exist`,
      "template_failed",
      {
        cause: error,
      },
    );
  }
  const name = (error as Annotated).swTemplate ?? fallback;
  return new TemplateError(name, lineFrom(error), firstLine(message), "template_failed", { cause: error });
}

/** `{{#if (eq a b)}}` for plurals. */
const eq = (a: unknown, b: unknown): boolean => a === b;

function environment(set: TemplateSet, noEscape: boolean): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper("eq", eq);
  for (const t of set.values()) {
    if ((ROOT_TEMPLATES as readonly string[]).includes(t.name)) continue;
    const compiled = hb.compile(t.source, { noEscape, preventIndent: true });
    // Wrapping each partial tags an error with the partial it happened in, innermost first.
    hb.registerPartial(t.name, ((context: unknown, options: Handlebars.RuntimeOptions) => {
      try {
        return compiled(context, options);
      } catch (error) {
        if (error && typeof error === "object" && !(error as Annotated).swTemplate) {
          (error as Annotated).swTemplate = t.name;
        }
        throw error;
      }
    }) as unknown as Handlebars.Template);
  }
  return hb;
}

/**
 * Compiles the template set. Syntax errors surface here, each naming the template, line and
 * problem; errors while rendering are reported the same way.
 */
export function compileTemplates(set: TemplateSet): CompiledTemplates {
  for (const t of set.values()) {
    try {
      Handlebars.parse(t.source);
    } catch (error) {
      throw toTemplateError(error, t.name, new Map([[t.name, t]]));
    }
  }
  const html = environment(set, false);
  const text = environment(set, true);
  const root = (hb: typeof Handlebars, name: string, noEscape: boolean): Render => {
    const compiled = hb.compile(set.get(name)!.source, { noEscape });
    return (view) => {
      try {
        return compiled(view);
      } catch (error) {
        throw toTemplateError(error, name, set);
      }
    };
  };
  return { email: root(html, "email", false), text: root(text, "text", true) };
}
