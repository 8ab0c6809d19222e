import { ConfigError } from "@stancewatch/cli-kit";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { buildMessage, composeMessage, messageIdFor } from "../src/render/message.js";
import { fixtureWeek } from "./fixtures/week.js";
import { renderFixture } from "./helpers/render.js";

const { briefing, rendered } = await renderFixture(fixtureWeek());
const base = { from: "Stancewatch <briefing@news.example>", to: "ana@example.org" };

describe("the briefing as a MIME message", () => {
  it("carries subject, both parts, Date, Message-ID and one-click unsubscribe headers", async () => {
    const options = buildMessage(briefing, rendered, { ...base, unsubscribeUrl: "https://news.example/u?r=ana" });
    const mail = await simpleParser(await composeMessage(options));
    expect(mail.subject).toBe(rendered.subject);
    expect(mail.html).toBe(rendered.html);
    expect(mail.text).toBe(rendered.text);
    expect(mail.date?.toISOString()).toBe("2025-06-09T06:00:00.000Z");
    expect(mail.messageId).toBe(messageIdFor("2025-W23", "ana@example.org", base.from));
    expect(mail.messageId).toMatch(/@news\.example>$/);
    const lines = Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.replace(/\r?\n\s+/g, " ")]));
    expect(lines["list-unsubscribe"]).toBe("List-Unsubscribe: <https://news.example/u?r=ana> (Unsubscribe)");
    expect(lines["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("gives each recipient its own stable Message-ID", () => {
    expect(messageIdFor("2025-W23", "ana@example.org", base.from)).toBe(
      messageIdFor("2025-W23", "ana@example.org", base.from),
    );
    expect(messageIdFor("2025-W23", "ben@example.org", base.from)).not.toBe(
      messageIdFor("2025-W23", "ana@example.org", base.from),
    );
  });

  it("offers one-click unsubscribe only over https, and refuses an unsafe unsubscribe link", () => {
    const mailto = buildMessage(briefing, rendered, { ...base, unsubscribeUrl: "mailto:leave@news.example" });
    expect(mailto.headers).toEqual({});
    expect(() => buildMessage(briefing, rendered, { ...base, unsubscribeUrl: "javascript:alert(1)" })).toThrow(
      ConfigError,
    );
  });
});
