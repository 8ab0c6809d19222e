/**
 * Renders the site's page models with the site's own Handlebars templates (`site/templates`,
 * separate from the email's MJML ones): `{{ }}` escaping only, no triple-stash, the layout wraps
 * each page through a partial block.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import type { SitePage } from "./model.js";

/** `src/site/templates` under tests, `dist/site/templates` in the built CLI. */
export const SITE_TEMPLATE_DIR = fileURLToPath(new URL("./templates/", import.meta.url));

const GLYPH: Record<string, string> = { circle: "●", square: "■", diamond: "◆", triangle: "▲" };

export type SiteRenderer = (page: SitePage) => string;

export function siteRenderer(dir = SITE_TEMPLATE_DIR): SiteRenderer {
  const hbs = Handlebars.create();
  hbs.registerHelper("eq", (a: unknown, b: unknown) => a === b);
  hbs.registerHelper("glyph", (shape: unknown) => GLYPH[String(shape)] ?? "");
  hbs.registerHelper("fix", (n: unknown) => Number(n).toFixed(1));
  hbs.registerHelper("minus", (a: unknown, b: unknown) => Number(a) - Number(b));
  hbs.registerHelper("plus", (a: unknown, b: unknown) => Number(a) + Number(b));
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".hbs")) continue;
    const name = file.slice(0, -4);
    const source = readFileSync(path.join(dir, file), "utf8");
    hbs.registerPartial(name, source);
    pages.set(name, hbs.compile(source, { strict: false, noEscape: false }));
  }
  return (page) => {
    const template = pages.get(page.template);
    if (!template) throw new Error(`site template ${page.template}.hbs is missing from ${dir}`);
    return template(page.view);
  };
}
