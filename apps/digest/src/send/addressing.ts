/**
 * Who a briefing's .eml is from and to, and its unsubscribe link, for the previews (`digest build`,
 * `digest review`): the environment, else the config's `digest` section, else placeholders that
 * cannot be delivered. Checked as `digest send` checks them, so a preview never shows a message
 * that could not be sent.
 */
import type { DigestConfig } from "@stancewatch/cli-kit";
import { unsubscribeLink } from "./headers.js";
import { parseAddress } from "./settings.js";

/** Placeholders for a preview .eml when no sender, recipient or unsubscribe URL is configured. */
export const PLACEHOLDER_FROM = "Stancewatch <briefing@stancewatch.invalid>";
export const PLACEHOLDER_TO = "reader@stancewatch.invalid";
export const PLACEHOLDER_UNSUBSCRIBE = "https://stancewatch.invalid/unsubscribe?week={week}";

/** The .eml's From, To and unsubscribe link: the environment, else the config's `digest`, else placeholders. */
export function addressing(env: NodeJS.ProcessEnv, cfg: DigestConfig, configFile: string | null, week: string) {
  const where = (key: string) => (configFile ? `${configFile}: digest.${key}` : `digest.${key}`);
  // Checked as `digest send` checks them, so a build does not quietly preview a message that
  // could never be sent ("from": "nobody").
  if (env.SMTP_FROM?.trim()) parseAddress(env.SMTP_FROM.trim(), "SMTP_FROM");
  else if (cfg.from !== undefined) parseAddress(cfg.from, where("from"));
  cfg.recipients?.forEach((r, i) => {
    if (typeof r === "string") parseAddress(r, where(`recipients[${i}]`));
  });
  const from = env.SMTP_FROM?.trim() || cfg.from || PLACEHOLDER_FROM;
  const first = cfg.recipients?.[0];
  const to = first === undefined ? PLACEHOLDER_TO : typeof first === "string" ? first : first.email;
  const toEmail = /<([^>]+)>/.exec(to)?.[1] ?? to;
  const template = env.DIGEST_UNSUBSCRIBE_URL?.trim() || cfg.unsubscribe?.url || PLACEHOLDER_UNSUBSCRIBE;
  return { from, to, unsubscribeUrl: unsubscribeLink(template, toEmail, week) };
}
