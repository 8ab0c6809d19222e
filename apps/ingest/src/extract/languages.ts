/**
 * The languages the rules extractor can read. Its patterns are English ("said Kyiv demanded…",
 * "would not accept a ceasefire"): on a Russian or Ukrainian article they would find nothing, or
 * worse, match a stray English quote out of context. Such articles are left to `--extractor llm`,
 * and the extraction says why it is empty.
 */
export const RULES_LANGUAGES: readonly string[] = ["en"];

/** Why the rules extractor does not read an article in `language`; null when it does (or the language is unknown). */
export function unreadLanguage(language: string | null): string | null {
  if (!language) return null;
  const primary = language.toLowerCase().split(/[-_]/)[0]!;
  if (RULES_LANGUAGES.includes(primary)) return null;
  return `language "${language}": the rules extractor reads ${RULES_LANGUAGES.join(", ")} only; use --extractor llm for this article`;
}
