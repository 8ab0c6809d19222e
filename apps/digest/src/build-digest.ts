import type { Briefing } from "@stancewatch/schema";
import type Mail from "nodemailer/lib/mailer/index.js";
import { briefingFromStore } from "./briefing/from-store.js";
import type { loadWeek } from "./briefing/load.js";
import { DEFAULT_DIGEST_OPTIONS, type DigestOptions } from "./briefing/options.js";
import { compileTemplates } from "./render/compile.js";
import { buildMessage, composeMessage, type MessageOptions } from "./render/message.js";
import { type RenderedBriefing, renderBriefing } from "./render/render.js";
import type { TemplateSet } from "./render/templates.js";
import { VERSION } from "./version.js";
import type { WeekWindow } from "./week.js";

export const GENERATOR = `Stancewatch digest ${VERSION}`;

export interface DigestParts {
  briefing: Briefing;
  rendered: RenderedBriefing;
  message: Mail.Options;
  /** The complete MIME message. */
  eml: Buffer;
}

/**
 * Store → Briefing → HTML + text → MIME message, for one week. The store, clock and templates come
 * in; nothing here reads the environment or writes files.
 */
export async function buildDigest(input: {
  store: Parameters<typeof loadWeek>[0];
  window: WeekWindow;
  templates: TemplateSet;
  now: Date;
  message: Omit<MessageOptions, "date">;
  /** Taxonomy and shift rules from the config (defaults without one). */
  options?: DigestOptions | undefined;
}): Promise<DigestParts> {
  const briefing = await briefingFromStore(
    input.store,
    input.window,
    input.now.toISOString(),
    input.options ?? DEFAULT_DIGEST_OPTIONS,
  );
  return renderDigest(briefing, input);
}

/** Briefing → HTML + text → MIME message (what `digest review` shows as the email). */
export async function renderDigest(
  briefing: Briefing,
  input: { templates: TemplateSet; now: Date; message: Omit<MessageOptions, "date"> },
): Promise<DigestParts> {
  const rendered = await renderBriefing(
    briefing,
    input.templates,
    {
      unsubscribeUrl: input.message.unsubscribeUrl,
      generator: GENERATOR,
    },
    compileTemplates(input.templates),
  );
  const message = buildMessage(briefing, rendered, { ...input.message, date: input.now });
  return { briefing, rendered, message, eml: await composeMessage(message) };
}
