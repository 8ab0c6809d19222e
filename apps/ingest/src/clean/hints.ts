import { isSlug } from "./dom.js";

/**
 * Class/id/role hints about what a block of markup is. They are deliberately generic (words sites use
 * for navigation, promotion and comments), never tied to one outlet.
 */

/** Markup that is never article text. */
export const DROP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "canvas",
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
  "source",
  "track",
  "map",
  "button",
  "input",
  "select",
  "textarea",
  "option",
  "nav",
  "dialog",
  "link",
  "meta",
  "head",
  "title",
]);

export const DROP_ROLES = new Set([
  "navigation",
  "menu",
  "menubar",
  "complementary",
  "alert",
  "alertdialog",
  "dialog",
  "banner",
  "contentinfo",
  "search",
  "toolbar",
]);

/** Containers that are almost never the article (removed before scoring unless also a MAYBE). */
export const UNLIKELY =
  /-ad-|^ad-|\bads?\b|adsbygoogle|advert|agegate|banner|breadcrumb|combx|comment|communit|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|(?:^|[^a-z])menu|most-?read|mostpopular|newsletter|outbrain|pager|pagination|paywall|popup|promo|recirc|recommend|related|remark|replies|(?:^|[^a-z])rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscri|supplemental|taboola|trending|tweet|yom-remote/;

/** Words that spare a container from UNLIKELY (`article-header`, `main-sidebar-content`). */
export const MAYBE = /\band\b|article|body|column|content|main|shadow|story|entry|post|text|prose/;

export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/;

export const NEGATIVE =
  /-ad-|\bad\b|hidden|^hid$| hid$| hid |^hid |banner|byline|combx|comment|com-|contact|credit|caption|foot|footer|footnote|gdpr|masthead|media|meta|newsletter|outbrain|promo|related|recommend|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|subscribe|tags|taboola|tool|widget|author-?bio|about-?author/;

/** Containers the reader never sees as article text even inside the article: share bars, tag lists. */
export const JUNK_INSIDE =
  /share|sharing|social|newsletter|subscri|related|recommend|most-?read|promo|\bad\b|advert|tags?-?list|\btags\b|author-?bio|about-?the-?author|byline|comment|cookie|consent|signup|paywall|read-?more|more-?stories|further-?reading|cat-?links|post-?categories|entry-?categories|breadcrumb|kicker|eyebrow|entry-?meta|post-?meta|posted-?on|reading-?time|(?:^|[\s_-])author(?:$|[\s_-])/;

/** Weight of an element's class and id: +25 per positive hint, −25 per negative one. */
export function classWeight(cls: string | undefined, id: string | undefined): number {
  let w = 0;
  if (cls) {
    // "no_caption" and "has-caption" describe the container, they do not make it a caption.
    const c = cls.toLowerCase().replace(/(?:^|\s)(?:no|has|with|without)[-_]?caption\S*/g, " ");
    if (NEGATIVE.test(c)) w -= 25;
    if (POSITIVE.test(c)) w += 25;
  }
  if (id && !isSlug(id)) {
    const i = id.toLowerCase();
    if (NEGATIVE.test(i)) w -= 25;
    if (POSITIVE.test(i)) w += 25;
  }
  return w;
}

export function isHidden(props: Record<string, string>): boolean {
  if ("hidden" in props) return true;
  if (props["aria-hidden"] === "true" && !/fallback-image/.test(props.class ?? "")) return true;
  const style = props.style;
  return style !== undefined && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
