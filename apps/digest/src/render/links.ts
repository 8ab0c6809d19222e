/**
 * Only absolute http(s) URLs become links. Anything else scraped from a page (javascript:, data:,
 * relative or malformed URLs) is shown as text or dropped, never made clickable.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.href;
  } catch {
    return null;
  }
}

/** The unsubscribe link may also be a mailto: address (RFC 2369). */
export function safeUnsubscribeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(trimmed)) return trimmed;
  return safeHref(trimmed);
}
