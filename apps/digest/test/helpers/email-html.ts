import { HtmlValidate } from "html-validate";

/**
 * html-validate's recommended rules minus the ones email HTML must break: inline styles (webmail
 * strips <style>), presentational table attributes (align, cellpadding, bgcolor) and Outlook's
 * conditional comments, MJML's lowercase doctype and role="article" wrapper, the <title> being the
 * subject line, and <tr> inside the MSO-only tables.
 */
export const emailValidator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    "no-inline-style": "off",
    "no-deprecated-attr": "off",
    "no-conditional-comment": "off",
    "doctype-style": "off",
    "prefer-native-element": "off",
    "long-title": "off",
    "prefer-tbody": "off",
  },
});

export async function validateEmailHtml(html: string): Promise<string[]> {
  const report = await emailValidator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (line ${m.line}): ${m.message}`));
}

/** Every href in the document, entity-decoded. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/gi)].map((m) =>
    m[1]!
      .replace(/&amp;/g, "&")
      .replace(/&#x3D;/g, "=")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"'),
  );
}
