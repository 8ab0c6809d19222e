import { classAndId, cleanText, NON_TEXT, removeAll } from "./dom.js";
import { classWeight, DROP_ROLES, DROP_TAGS, isHidden, JUNK_INSIDE, MAYBE, UNLIKELY } from "./hints.js";
import type { HChild, HElement } from "./parse.js";

/**
 * Finds the article body in a page: score every paragraph, credit its containers, pick the best
 * container (corrected by link density), add the siblings that continue it, and drop the parts of it
 * that are navigation, promotion or furniture. The idea is the one the Arc90/Readability family made
 * known; this is an independent implementation over the hast-shaped tree, iterative throughout.
 */

export interface ContentOptions {
  /** Remove containers whose class/id says sidebar, comments, share… before scoring. */
  stripUnlikely: boolean;
  /** Use class/id hints in scores. */
  weightClasses: boolean;
  /** Remove link-heavy/furniture containers from the chosen content. */
  cleanConditionally: boolean;
  title: string | null;
  /** Receives the candidate ranking and decisions (for tuning; never set in production paths). */
  trace?: (line: string) => void;
}

export interface ContentResult {
  /** The chosen nodes, in document order (the top container and the siblings that continue it). */
  nodes: HElement[];
  /** Characters of text in the chosen nodes. */
  textLength: number;
  /** Share of that text inside links. */
  linkDensity: number;
  /** Headings in the content that are mostly a link: many of them make a listing page. */
  linkedHeadings: number;
  /** `<article>` elements inside the content: many of them make a listing page. */
  articleElements: number;
  /** What each gentler retry could change: unlikely containers removed, class hints used, drops made. */
  effects: { unlikelyRemoved: number; weightedClasses: number; conditionalDrops: number };
  /**
   * Nodes visited while measuring and scoring: linear in the tree's size, however deep it nests
   * (20,000 nested `<td>`s once cost 20,000 × the page's text, 25 s for a 294 KB page).
   */
  visits: number;
}

interface Stats {
  text: number;
  link: number;
  commas: number;
  p: number;
  img: number;
  li: number;
  input: number;
  embed: number;
  headings: number;
  linkedHeadings: number;
  articles: number;
  /** Link text whose target is another page (not a `#fragment` of this one). */
  away: number;
  /** Text in paragraphs that are not mostly links: the prose an article is made of. */
  prose: number;
}

const BLOCKISH = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "ul",
  "img",
  "picture",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const CONTAINERS = new Set(["div", "section", "article", "main", "header", "span", "font", "center", "td"]);
const COMMAS = /[,，、،]/g;

function tagBase(tag: string): number {
  switch (tag) {
    case "div":
    case "article":
      return 5;
    case "pre":
    case "td":
    case "blockquote":
      return 3;
    case "address":
    case "ol":
    case "ul":
    case "dl":
    case "dd":
    case "dt":
    case "li":
    case "form":
      return -3;
    case "h1":
    case "h2":
    case "h3":
    case "h4":
    case "h5":
    case "h6":
    case "th":
      return -5;
    default:
      return 0;
  }
}

/** Removes what is never content: scripts, hidden parts, navigation roles and (optionally) unlikely containers. */
function prepare(body: HElement, opts: ContentOptions): number {
  const doomed: HElement[] = [];
  let unlikely = 0;
  const stack: HChild[] = [...body.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "element") {
      if (node.type === "comment") doomed.push(node as unknown as HElement);
      continue;
    }
    const tag = node.tagName;
    const props = node.properties;
    let drop = DROP_TAGS.has(tag) || isHidden(props);
    if (!drop && props.role && DROP_ROLES.has(props.role.toLowerCase())) drop = true;
    if (!drop && (tag === "aside" || tag === "footer")) drop = true;
    if (!drop && opts.stripUnlikely && tag !== "body" && tag !== "a" && tag !== "article" && tag !== "main") {
      const hint = classAndId(node);
      if (hint && UNLIKELY.test(hint) && !MAYBE.test(hint) && !INSIDE_TABLE.has(tag)) {
        drop = true;
        unlikely++;
      }
    }
    if (drop) {
      doomed.push(node);
      continue;
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  removeAll(doomed);
  return unlikely;
}
const INSIDE_TABLE = new Set(["table", "tbody", "thead", "tr", "td", "th"]);

function textLength(s: string): number {
  return s.length === 0 ? 0 : s.replace(/\s+/g, " ").length;
}

/** One bottom-up pass: text, link text, commas and element counts for every element under `root`. */
function measure(root: HElement): Map<HElement, Stats> {
  const stats = new Map<HElement, Stats>();
  const stack: [HElement, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [el, done] = top;
    if (!done) {
      top[1] = true;
      for (let i = el.children.length - 1; i >= 0; i--) {
        const c = el.children[i]!;
        if (c.type === "element") stack.push([c, false]);
      }
      continue;
    }
    stack.pop();
    const s: Stats = {
      text: 0,
      link: 0,
      commas: 0,
      p: 0,
      img: 0,
      li: 0,
      input: 0,
      embed: 0,
      headings: 0,
      linkedHeadings: 0,
      articles: 0,
      prose: 0,
      away: 0,
    };
    for (const c of el.children) {
      if (c.type === "text") {
        s.text += textLength(c.value);
        const m = c.value.match(COMMAS);
        if (m) s.commas += m.length;
      } else if (c.type === "element") {
        const cs = stats.get(c);
        if (!cs) continue;
        s.text += cs.text;
        s.link += c.tagName === "a" ? cs.text : cs.link;
        s.away += c.tagName === "a" ? ((c.properties.href ?? "").trim().startsWith("#") ? 0 : cs.text) : cs.away;
        s.commas += cs.commas;
        s.p += cs.p;
        s.img += cs.img;
        s.li += cs.li;
        s.input += cs.input;
        s.embed += cs.embed;
        s.headings += cs.headings;
        s.linkedHeadings += cs.linkedHeadings;
        s.articles += cs.articles;
        s.prose += cs.prose;
      }
    }
    const tag = el.tagName;
    if (tag === "p") {
      s.p++;
      if (s.text >= 25 && s.link < 0.3 * s.text) s.prose = s.text;
    } else if (tag === "img" || tag === "picture") s.img++;
    else if (tag === "li") s.li++;
    else if (tag === "input" || tag === "select" || tag === "textarea" || tag === "button") s.input++;
    else if (tag === "object" || tag === "embed" || tag === "iframe" || tag === "video") s.embed++;
    else if (tag === "article") s.articles++;
    else if (HEADINGS.has(tag)) {
      s.headings++;
      // A headline linking elsewhere is a teaser; one linking to its own anchor is a section title.
      if (s.text > 0 && s.away >= 0.8 * s.text) s.linkedHeadings++;
    }
    stats.set(el, s);
  }
  return stats;
}

/**
 * The whitespace-squashed, trimmed text of a subtree, described without building it: its length,
 * its commas, and whether it starts or ends with whitespace. Facts of a parent are composed from
 * its children's, so every element's `cleanText` length is known after one bottom-up pass, where
 * asking `cleanText` of each nested cell in turn costs the depth times the text.
 */
interface TextFacts {
  /** Length of the squashed, trimmed text (0 when there is only whitespace). */
  len: number;
  commas: number;
  /** Whitespace before / after the non-blank part (or any whitespace at all, when blank). */
  lead: boolean;
  trail: boolean;
}

const BLANK: TextFacts = { len: 0, commas: 0, lead: false, trail: false };
// What `squash` (dom.ts) collapses: \s already holds NBSP, U+2028/9 and U+FEFF; U+200B is added.
const SPACE_RUN = /[\s\u200b]+/g;
const IS_SPACE = /[\s\u200b]/;

function factsOfString(value: string): TextFacts {
  const commas = value.match(COMMAS)?.length ?? 0;
  const squashed = value.replace(SPACE_RUN, " ");
  if (squashed === "" || squashed === " ") return { len: 0, commas, lead: squashed === " ", trail: false };
  const lead = IS_SPACE.test(value[0]!);
  const trail = IS_SPACE.test(value[value.length - 1]!);
  return { len: squashed.length - (lead ? 1 : 0) - (trail ? 1 : 0), commas, lead, trail };
}

/** The facts of `a` followed by `b` (blank means no visible text; its `lead` says it had whitespace). */
function concatFacts(a: TextFacts, b: TextFacts): TextFacts {
  const commas = a.commas + b.commas;
  if (a.len === 0 && b.len === 0) return { len: 0, commas, lead: a.lead || b.lead || a.trail || b.trail, trail: false };
  if (a.len === 0) return { ...b, commas, lead: b.lead || a.lead || a.trail };
  if (b.len === 0) return { ...a, commas, trail: a.trail || b.lead || b.trail };
  return { len: a.len + b.len + (a.trail || b.lead ? 1 : 0), commas, lead: a.lead, trail: b.trail };
}

const SPACED: TextFacts = { len: 0, commas: 0, lead: true, trail: false };

/** Text facts of every element under `root` (its `cleanText`), in one iterative bottom-up pass. */
export function measureText(root: HElement, counter: { visits: number }): Map<HElement, TextFacts> {
  const facts = new Map<HElement, TextFacts>();
  const stack: [HElement, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [el, done] = top;
    if (!done) {
      top[1] = true;
      counter.visits++;
      for (let i = el.children.length - 1; i >= 0; i--) {
        const c = el.children[i]!;
        if (c.type === "element" && !NON_TEXT.has(c.tagName)) stack.push([c, false]);
      }
      continue;
    }
    stack.pop();
    let f = BLANK;
    for (const c of el.children) {
      if (c.type === "text") f = concatFacts(f, factsOfString(c.value));
      else if (c.type === "element" && !NON_TEXT.has(c.tagName)) f = concatFacts(f, facts.get(c) ?? BLANK);
    }
    facts.set(el, f);
  }
  return facts;
}

/** Facts of the inline runs directly inside a container that also holds blocks (they read as paragraphs). */
function inlineRunFacts(el: HElement, facts: Map<HElement, TextFacts>): TextFacts {
  let f = BLANK;
  for (const c of el.children) {
    if (c.type === "text") f = concatFacts(f, factsOfString(c.value));
    else if (c.type === "element" && !BLOCKISH.has(c.tagName)) {
      // As `" " + cleanText(c) + " "`: the inline element's text set off by spaces.
      const inner = NON_TEXT.has(c.tagName) ? BLANK : (facts.get(c) ?? BLANK);
      f = concatFacts(concatFacts(concatFacts(f, SPACED), inner), SPACED);
    }
  }
  return f;
}

function hasBlockChild(el: HElement): boolean {
  for (const c of el.children) if (c.type === "element" && BLOCKISH.has(c.tagName)) return true;
  return false;
}

const linkDensity = (s: Stats | undefined): number => (s && s.text > 0 ? s.link / s.text : 0);

function similar(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const shorter = x.length < y.length ? x : y;
  const longer = x.length < y.length ? y : x;
  return shorter.length >= 15 && longer.includes(shorter) && shorter.length / longer.length > 0.6;
}

export function findContent(body: HElement, opts: ContentOptions): ContentResult {
  const unlikelyRemoved = prepare(body, opts);
  let weightedClasses = 0;
  let conditionalDrops = 0;
  const counter = { visits: 0 };
  const stats = measure(body);
  const texts = measureText(body, counter);
  const scores = new Map<HElement, number>();
  const init = (el: HElement): void => {
    if (scores.has(el)) return;
    let s = tagBase(el.tagName);
    if (opts.weightClasses) {
      const w = classWeight(el.properties.class, el.properties.id);
      if (w !== 0) weightedClasses++;
      s += w;
    }
    scores.set(el, s);
  };

  // Score paragraph-like units and credit their ancestors (parent fully, grandparent half, then less).
  const credit = (start: HElement | null, text: TextFacts | undefined): void => {
    if (!text) return;
    const len = text.len;
    if (len < 25) return;
    const commas = text.commas;
    const points = 1 + commas + Math.min(Math.floor(len / 100), 3);
    let el = start;
    for (let level = 0; el && level < 5; level++) {
      if (el.tagName === "html") break;
      init(el);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(el, scores.get(el)! + points / divider);
      el = el.parent && el.parent.type === "element" ? el.parent : null;
    }
  };
  const parentEl = (el: HElement): HElement | null => (el.parent && el.parent.type === "element" ? el.parent : null);
  const stack: HChild[] = [...body.children].reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.type !== "element") continue;
    counter.visits++;
    const tag = el.tagName;
    if (tag === "p" || tag === "pre" || tag === "td" || (HEADINGS.has(tag) && tag !== "h1")) {
      credit(parentEl(el), texts.get(el));
      if (tag !== "td") continue;
    } else if (CONTAINERS.has(tag)) {
      if (!hasBlockChild(el)) {
        if (tag !== "span" && tag !== "font") credit(parentEl(el), texts.get(el));
        continue;
      }
      credit(el, inlineRunFacts(el, texts));
    }
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }

  // Link density corrects the scores; the best container wins.
  const ranked: [HElement, number][] = [];
  for (const [el, s] of scores) ranked.push([el, s * (1 - linkDensity(stats.get(el)))]);
  ranked.sort((a, b) => b[1] - a[1]);
  const final = new Map(ranked);
  if (opts.trace) {
    const label = (e: HElement) => `${e.tagName}.${(e.properties.class ?? "").slice(0, 40)}#${e.properties.id ?? ""}`;
    const depth = (e: HElement) => {
      let d = 0;
      for (let p = e.parent; p; p = p.parent) d++;
      return d;
    };
    for (const [e, sc] of ranked.slice(0, 10))
      opts.trace(`cand ${sc.toFixed(1)} d=${depth(e)} ${label(e)} text=${stats.get(e)?.text}`);
  }
  let top: HElement = ranked[0]?.[0] ?? body;
  const topScore = ranked[0]?.[1] ?? 0;

  if (top !== body) {
    // Several near-best containers under one ancestor: the ancestor is the article.
    const rivals = ranked.slice(1, 6).filter(([, s]) => s >= 0.75 * topScore);
    if (rivals.length >= 2) {
      // Each rival's ancestors once (a walk per rival and level would be depth² on deep nesting).
      const lines = rivals.map(([r]) => {
        const up = new Set<HElement>();
        for (let p: HElement | null = r; p; p = parentEl(p)) {
          counter.visits++;
          up.add(p);
        }
        return up;
      });
      for (let a = parentEl(top); a && a !== body; a = parentEl(a)) {
        counter.visits++;
        let inside = 0;
        for (const up of lines) if (up.has(a)) inside++;
        if (inside >= 2) {
          top = a;
          break;
        }
      }
    }
    // Climb while the parent scores better (the text was split across sibling wrappers).
    let last = final.get(top) ?? 0;
    const floor = last / 3;
    for (let p = parentEl(top); p && p !== body; p = parentEl(p)) {
      const ps = final.get(p);
      if (ps === undefined) continue;
      if (ps < floor) break;
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
    // Paragraph continuity: an ancestor that adds a good deal more prose, and little else, holds the
    // rest of an article split across sibling wrappers (a lead block, then the body after a figure).
    let cur = stats.get(top);
    let a = parentEl(top);
    for (let level = 0; cur && a && a !== body && level < 6; level++, a = parentEl(a)) {
      const as = stats.get(a);
      if (!as) break;
      const gain = as.prose - cur.prose;
      const junk = as.text - as.prose - (cur.text - cur.prose);
      if (gain >= Math.max(300, 0.2 * cur.prose) && junk <= 0.5 * gain && linkDensity(as) < 0.25) {
        opts.trace?.(`continuity: climb to ${a.tagName}.${a.properties.class ?? ""} gain=${gain} junk=${junk}`);
        top = a;
        cur = as;
      }
    }
    // A wrapper holding nothing but the candidate adds nothing but is where siblings are found.
    for (let p = parentEl(top); p && p !== body; p = parentEl(p)) {
      let elements = 0;
      for (const c of p.children) if (c.type === "element") elements++;
      if (elements !== 1) break;
      top = p;
    }
  }

  opts.trace?.(`top ${top.tagName}.${top.properties.class ?? ""}`);
  // Siblings that continue the article: well-scored containers and plain paragraphs of prose.
  const nodes: HElement[] = [];
  const parent = parentEl(top);
  const bestScore = final.get(top) ?? 0;
  if (!parent || top === body) nodes.push(top);
  else {
    const threshold = Math.max(10, bestScore * 0.2);
    const topClass = top.properties.class ?? "";
    for (const sib of parent.children) {
      if (sib.type !== "element") continue;
      if (sib === top) {
        nodes.push(sib);
        continue;
      }
      const hint = classAndId(sib);
      if (hint && JUNK_INSIDE.test(hint)) continue;
      let bonus = 0;
      if (topClass && sib.properties.class === topClass) bonus += bestScore * 0.2;
      const s = final.get(sib);
      if (s !== undefined && s + bonus >= threshold) {
        nodes.push(sib);
        continue;
      }
      if (sib.tagName === "p" || (sib.tagName === "div" && !hasBlockChild(sib))) {
        const st = stats.get(sib);
        const ld = linkDensity(st);
        const text = cleanText(sib);
        if (text.length > 80 && ld < 0.25) nodes.push(sib);
        else if (text.length > 0 && text.length <= 80 && ld === 0 && /\.( |$)/.test(text)) nodes.push(sib);
      }
    }
  }

  // Inside the chosen nodes: drop furniture, then link-heavy or image-heavy containers.
  let removedTitle = false;
  for (const root of nodes) {
    const doomed: HElement[] = [];
    // Inside a kept table the cells are data: their small divs and link-only cells stay.
    const st: [HElement, boolean][] = [[root, false]];
    while (st.length > 0) {
      const [el, inTable] = st.pop()!;
      if (
        el !== root &&
        shouldDrop(el, stats, scores, inTable ? { ...opts, cleanConditionally: false } : opts, parentEl)
      ) {
        opts.trace?.(
          `drop ${el.tagName}.${el.properties.class ?? ""}#${el.properties.id ?? ""} text=${stats.get(el)?.text} score=${scores.get(el)} ld=${linkDensity(stats.get(el)).toFixed(2)}`,
        );
        doomed.push(el);
        conditionalDrops++;
        continue;
      }
      if (!removedTitle && opts.title && (el.tagName === "h1" || el.tagName === "h2")) {
        if (similar(cleanText(el), opts.title)) {
          doomed.push(el);
          removedTitle = true;
          continue;
        }
      }
      const table = inTable || el.tagName === "table";
      for (let i = el.children.length - 1; i >= 0; i--) {
        const c = el.children[i]!;
        if (c.type === "element") st.push([c, table]);
      }
    }
    removeAll(doomed);
  }

  let text = 0;
  let link = 0;
  let linkedHeadings = 0;
  let articleElements = 0;
  for (const n of measureEach(nodes)) {
    text += n.text;
    link += n.link;
    linkedHeadings += n.linkedHeadings;
    articleElements += n.articles;
  }
  return {
    nodes,
    textLength: text,
    linkDensity: text > 0 ? link / text : 0,
    linkedHeadings,
    articleElements,
    effects: { unlikelyRemoved, weightedClasses, conditionalDrops },
    visits: counter.visits,
  };
}

function measureEach(nodes: HElement[]): Stats[] {
  return nodes.map((n) => measure(n).get(n)!);
}

function shouldDrop(
  el: HElement,
  stats: Map<HElement, Stats>,
  scores: Map<HElement, number>,
  opts: ContentOptions,
  parentEl: (el: HElement) => HElement | null,
): boolean {
  const tag = el.tagName;
  const hint = classAndId(el);
  const s = stats.get(el);
  if (!s) return false;
  // A paragraph that is nothing but a link ("[Read: …]", a related headline) points elsewhere.
  if (tag === "p" && s.text > 0 && s.text < 200 && s.link >= 0.9 * s.text) return true;
  if (tag === "h1" || tag === "h2") {
    return classWeight(el.properties.class, el.properties.id) < 0;
  }
  // Inside the article, a share bar or related box is dropped even when its class also says "post".
  if (hint && JUNK_INSIDE.test(hint) && s.text < 1000) return true;
  if (!opts.cleanConditionally) return false;
  if (
    tag !== "div" &&
    tag !== "section" &&
    tag !== "table" &&
    tag !== "ul" &&
    tag !== "ol" &&
    tag !== "form" &&
    tag !== "fieldset" &&
    tag !== "figure" &&
    tag !== "header"
  ) {
    return false;
  }
  // Lists and tables of data inside prose are content; a layout table holding the article is too.
  if (tag === "table" && s.p > 2) return false;
  const weight = opts.weightClasses ? classWeight(el.properties.class, el.properties.id) : 0;
  if (weight < 0 && weight + (scores.get(el) ?? 0) < 0) return true;
  if (s.commas >= 10) return false;
  const ld = linkDensity(s);
  const isList = tag === "ul" || tag === "ol";
  if (isList) {
    // A list of bare links (short items, nothing but anchors) is navigation or "related" links; a
    // list of sentences that cite links is content.
    const items = Math.max(1, s.li);
    if (ld > 0.8 && s.text / items < 60 && parentEl(el)?.tagName !== "li") return true;
    return false;
  }
  if (tag === "figure") return s.text < 25 || ld > 0.5;
  const p = s.p;
  if (s.img > 1 && p / s.img < 0.5) return true;
  // More list items than paragraphs, mostly links: a block of link lists (a mega-footer, a sitemap).
  if (s.li > p + 3 && ld > 0.5 && tag !== "table") return true;
  if (s.input > Math.floor(p / 3)) return true;
  if (s.text < 25 && (s.img === 0 || s.img > 2)) return s.headings === 0;
  if (weight < 25 && ld > 0.2 + (s.text > 2000 ? 0.15 : 0)) return true;
  if (weight >= 25 && ld > 0.5) return true;
  if ((s.embed === 1 && s.text < 75) || s.embed > 1) return true;
  return false;
}
