import type { Block } from "@stancewatch/schema";

// Site furniture that survives extraction as a line of its own: link labels, widget titles, comment
// counters, share bars. Only a whole block that is nothing but such a phrase is dropped; a sentence
// that merely mentions comments or sharing is prose and stays.

/** Whole-line phrases, compared after `normalise` (lower case, no edge punctuation or symbols). */
const PHRASES = new Set([
  "source link",
  "source links",
  "back to top",
  "back to top button",
  "scroll to top",
  "go to top",
  "to top",
  "post a comment",
  "leave a comment",
  "leave a reply",
  "add a comment",
  "add comment",
  "write a comment",
  "show comments",
  "view comments",
  "load comments",
  "hide comments",
  "comments",
  "no comments",
  "comment",
  "join the conversation",
  "header ads widget",
  "footer ads widget",
  "sidebar ads widget",
  "ads widget",
  "advertisement",
  "advertisements",
  "advertising",
  "sponsored",
  "sponsored content",
  "ad",
  "ads",
  "story continues below advertisement",
  "article continues below advertisement",
  "story continues below",
  "article continues below",
  "continue reading below",
  "ask me anything",
  "explore related questions",
  "related questions",
  "people also ask",
  "related articles",
  "related article",
  "related posts",
  "related post",
  "related stories",
  "related story",
  "related news",
  "related content",
  "related topics",
  "related",
  "read more",
  "read also",
  "also read",
  "see also",
  "more stories",
  "more news",
  "more on this story",
  "more from this author",
  "you may also like",
  "you might also like",
  "you may be interested in",
  "recommended",
  "recommended for you",
  "recommended stories",
  "most read",
  "most popular",
  "most viewed",
  "trending",
  "trending now",
  "latest news",
  "top stories",
  "share",
  "share this",
  "share this article",
  "share this story",
  "share this post",
  "share on facebook",
  "share on twitter",
  "share on x",
  "share on whatsapp",
  "share on linkedin",
  "share via email",
  "share article",
  "share story",
  "tweet",
  "tweet this",
  "email",
  "print",
  "print this article",
  "copy link",
  "link copied",
  "copied",
  "click to share",
  "follow us",
  "follow us on google news",
  "subscribe",
  "subscribe now",
  "sign up",
  "log in",
  "login",
  "sign in",
  "register",
  "newsletter",
  "skip to content",
  "skip to main content",
  "skip navigation",
  "toggle navigation",
  "open menu",
  "close menu",
  "menu",
  "search",
  "loading",
  "continue reading",
  "read full article",
  "read the full article",
  "read the full story",
  "listen to this article",
  "listen to article",
  "play video",
  "watch video",
  "watch now",
  "watch live",
  "view gallery",
  "open gallery",
  "enlarge image",
  "enlarge this image",
  "expand image",
  "previous article",
  "next article",
  "previous post",
  "next post",
  "tags",
  "filed under",
  "topics",
  "cookie settings",
  "accept cookies",
  "accept all cookies",
  "manage cookies",
  "report an error",
  "report a typo",
  "report a correction",
  "send us feedback",
  "all rights reserved",
  "powered by blogger",
  "you must be logged in to post a comment",
  "your email address will not be published",
  "this site uses akismet to reduce spam",
  "javascript is disabled",
  "please enable javascript",
  "this video is not available",
  "this content is not available",
]);

const PATTERNS: readonly RegExp[] = [
  /^\d[\d,.]*k? (comments?|responses?|replies|shares?|views?)$/,
  /^(share|follow us|like us|find us|join us|follow) (on|via) [a-z ,&]{1,60}$/,
  /^(facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|pinterest|vk|copy link)( (facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|pinterest|vk|copy link))+$/,
  /^(image|photo|picture|slide|video) \d+ (of|\/) \d+$/,
  /^(copyright )?(© ?)?(\d{4} )?[a-z0-9 .,&'-]{0,60} all rights reserved$/,
  /^(sign up|subscribe)( now)? (to|for) (our|the)( [a-z'-]+){0,4} newsletters?$/,
  /^click here( to [a-z ]{1,60})?$/,
  /^(advertisement|ad|sponsored) (content|story|feature|post)$/,
];

/** Artefacts of a template printing an empty value; only dropped at the end of the text. */
const TRAILING_NULLS = new Set(["none", "null", "undefined", "nan", "[object object]"]);

const EDGE_JUNK = /^[^\p{L}\p{N}©]+|[^\p{L}\p{N}]+$/gu;

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(EDGE_JUNK, "").replace(/\s+/g, " ");
}

/** `Read more: Why the talks stalled` — a teaser link label followed by a headline. */
const TEASER = /^(read more|read also|also read|see also|related|more|watch|listen)\s*[:|»›>]\s*\S/i;

/** True when the whole line is site furniture rather than article text. */
export function isBoilerplateLine(text: string): boolean {
  if (text.length > 120) return false;
  const words = text.split(/\s+/).length;
  if (words > 16) return false;
  if (TEASER.test(text)) return true;
  const n = normalise(text);
  if (n === "") return false;
  if (PHRASES.has(n)) return true;
  for (const re of PATTERNS) if (re.test(n)) return true;
  return false;
}

function isTrailingNull(text: string): boolean {
  return TRAILING_NULLS.has(text.trim().toLowerCase());
}

/** Drops whole-line boilerplate anywhere and template nulls (`None`) at the end. */
export function removeBoilerplate(blocks: readonly Block[]): { blocks: Block[]; changed: boolean } {
  const kept = blocks.filter((b) => !isBoilerplateLine(b.text));
  let end = kept.length;
  while (end > 0 && isTrailingNull(kept[end - 1]!.text)) end--;
  const out = end === kept.length ? kept : kept.slice(0, end);
  return { blocks: out, changed: out.length !== blocks.length };
}
