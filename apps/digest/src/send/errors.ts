import { StancewatchError } from "@stancewatch/cli-kit";

/** Delivery could not go on (the server refused our credentials, the pool died): nothing a retry fixes. */
export class SendError extends StancewatchError {
  override name = "SendError";
  constructor(message: string, context: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super("send_failed", message, context, options);
  }
}
