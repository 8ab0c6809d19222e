/**
 * The errors that carry more than a message (which template, which line) or name a digest situation.
 * Everything else (`StancewatchError`, `ConfigError`, the `EXIT` table, `exitFor`) is the shared
 * model, imported from `@stancewatch/cli-kit` where it is used, not re-exported here.
 */
import { type ErrorContext, StancewatchError } from "@stancewatch/cli-kit";

/**
 * A template that does not compile, render or produce valid MJML. The message always names the
 * template, the line (when known) and what is wrong, so an overriding `--templates` author can fix it.
 */
export class TemplateError extends StancewatchError {
  override name = "TemplateError";
  constructor(
    readonly template: string,
    readonly line: number | null,
    readonly detail: string,
    code: "template_failed" | "mjml_invalid" = "template_failed",
    options?: { cause?: unknown },
  ) {
    super(
      code,
      `template "${template}"${line === null ? "" : ` line ${line}`}: ${detail}`,
      { template, line },
      options,
    );
  }
}

/** Another process is sending the same week, so this one sent nothing (exit 3). */
export class SendBusyError extends StancewatchError {
  override name = "SendBusyError";
  constructor(message: string, context: ErrorContext = {}) {
    super("send_busy", message, context);
  }
}
