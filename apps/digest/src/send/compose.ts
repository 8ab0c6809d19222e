/**
 * Turns one Briefing into each recipient's message with the same code `digest build` uses
 * (`renderBriefing` + `buildMessage`), so what is sent is what was built. The HTML carries the
 * unsubscribe link, so rendering happens once per distinct link (once in all when the link has no
 * `{recipient}`), not once per recipient.
 */
import type { Briefing } from "@stancewatch/schema";
import type { SendMailOptions } from "nodemailer";
import { compileTemplates } from "../render/compile.js";
import { buildMessage } from "../render/message.js";
import { type RenderedBriefing, renderBriefing } from "../render/render.js";
import type { TemplateSet } from "../render/templates.js";
import { unsubscribeLink } from "./headers.js";
import type { Address } from "./settings.js";

export interface ComposerOptions {
  briefing: Briefing;
  templates: TemplateSet;
  from: Address;
  /** The unsubscribe URL template (`{recipient}`, `{week}`). */
  unsubscribeUrl: string;
  /** e.g. "Stancewatch digest 0.1.0". */
  generator: string;
}

export const formatAddress = (a: Address): string =>
  a.name ? `"${a.name.replace(/["\\]/g, "")}" <${a.email}>` : a.email;

export function makeComposer(opts: ComposerOptions): (recipient: Address) => Promise<SendMailOptions> {
  const compiled = compileTemplates(opts.templates);
  // Promises are cached, so recipients who share a link share one render even when composed at once.
  const rendered = new Map<string, Promise<RenderedBriefing>>();
  return async (recipient) => {
    const link = unsubscribeLink(opts.unsubscribeUrl, recipient.email, opts.briefing.week);
    let pending = rendered.get(link);
    if (!pending) {
      pending = renderBriefing(
        opts.briefing,
        opts.templates,
        { unsubscribeUrl: link, generator: opts.generator },
        compiled,
      );
      rendered.set(link, pending);
    }
    const r = await pending;
    return buildMessage(opts.briefing, r, {
      from: formatAddress(opts.from),
      to: formatAddress(recipient),
      unsubscribeUrl: link,
    });
  };
}
