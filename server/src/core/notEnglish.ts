// The rules that read titles and dates are English ones: in a paragraph written in another
// language ("y el general Trevilla firmaron el acta …", "nomeou o general de brigada …") they
// read clauses as titles. Such paragraphs still give mentions, but no facts.

/**
 * Function words of Spanish, Portuguese, French, German and Italian that English does not write
 * in lower case (or seldom: "do"; names' particles such as "de" and "da" are left out). Read
 * between spaces, not word boundaries: a scan for those is ten times slower, and took ".com" and
 * "e.g." for Portuguese.
 */
const FOREIGN = / (?:el|la|los|las|del|y|que|en|por|con|para|una|un|se|su|como|más|fue|fueron|es|son|o|os|do|dos|das|e|é|em|ao|à|não|na|nas|um|uma|com|pelo|pela|foi|foram|les|des|et|est|une|au|aux|sur|pour|dans|qui|und|ist|nicht|mit|dem|zu|auf|il|di|che|della|è|sono)(?=[ ,.;:])/g;
/** English function words. */
const ENGLISH = / (?:the|of|and|to|in|is|was|for|on|that|with|by|at|from|his|her|said|has|have|were|be|it|this|are|will|who)(?=[ ,.;:])/g;

/** Foreign function words a text must hold before its paragraphs are looked at one by one. */
const SCREEN = 5;
/** …and a paragraph, to be read as foreign (with twice as many as of English's). */
const PARAGRAPH = 3;

/** Could `text` hold a paragraph in another language? One scan, so that English articles cost little. */
export function mayHoldForeignText(text: string): boolean {
  FOREIGN.lastIndex = 0;
  for (let n = 0; FOREIGN.exec(text);) if (++n >= SCREEN) return true;
  return false;
}

/** Is text[start, end) written in another language than English: far more of its function words than of English's? */
export function notEnglish(text: string, start: number, end: number): boolean {
  const s = text.slice(start, Math.min(end, start + 1200));
  const foreign = s.match(FOREIGN)?.length ?? 0;
  if (foreign < PARAGRAPH) return false;
  const english = s.match(ENGLISH)?.length ?? 0;
  return foreign > 2 * english;
}
