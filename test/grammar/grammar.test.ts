// Tokenises real articles with the TextMate grammar (vscode-textmate + vscode-oniguruma, the engine
// VS Code uses) and asserts the scopes of real tokens. Scope arguments are TextMate prefixes:
// 'storage.modifier.title' matches 'storage.modifier.title.rank.news-article'.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '..', '..');
const GRAMMAR_PATH = path.join(ROOT, 'syntaxes', 'news-article.tmLanguage.json');
const FIXTURES = path.join(__dirname, 'fixtures');
const SCOPE = 'text.news-article';

interface Token {
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

interface Line {
  text: string;
  tokens: Token[];
}

let onigLib: Promise<vsctm.IOnigLib> | undefined;

function loadOnigLib(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigLib;
}

/** Loads the grammar; `others` supplies grammars it may include (e.g. a stand-in for source.yaml). */
async function loadGrammar(others: Record<string, object> = {}): Promise<vsctm.IGrammar> {
  const registry = new vsctm.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName) => {
      if (scopeName === SCOPE) {
        return vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      }
      const other = others[scopeName];
      return other ? vsctm.parseRawGrammar(JSON.stringify(other), `${scopeName}.json`) : null;
    },
  });
  const grammar = await registry.loadGrammar(SCOPE);
  assert.ok(grammar, `grammar ${SCOPE} did not load`);
  return grammar;
}

/**
 * Tokenises like the editor: VS Code hands the tokenizer lines without their terminator.
 * With keepCarriageReturns the text is split on \n only, so CRLF lines still end in \r.
 */
function tokenize(grammar: vsctm.IGrammar, text: string, keepCarriageReturns = false): Line[] {
  const lines = keepCarriageReturns ? text.split('\n') : text.split(/\r\n|\r|\n/);
  let state = vsctm.INITIAL;
  return lines.map((lineText) => {
    const result = grammar.tokenizeLine(lineText, state);
    state = result.ruleStack;
    const tokens = result.tokens.map((t) => ({
      start: t.startIndex,
      end: Math.min(t.endIndex, lineText.length),
      text: lineText.slice(t.startIndex, t.endIndex),
      scopes: t.scopes,
    }));
    return { text: lineText, tokens };
  });
}

function readText(...segments: string[]): string {
  return fs.readFileSync(path.join(...segments), 'utf8');
}

function hasScope(scopes: string[], selector: string): boolean {
  return scopes.some((s) => s === selector || s.startsWith(`${selector}.`));
}

/** Tokens overlapping the `occurrence`-th (1-based) `needle` on 1-based line `lineNo`. */
function tokensAt(doc: Line[], lineNo: number, needle: string, occurrence = 1): Token[] {
  const line = doc[lineNo - 1];
  assert.ok(line, `line ${lineNo} does not exist`);
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = line.text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" (#${occurrence}) not found on line ${lineNo}: ${line.text.slice(0, 120)}`);
  }
  const end = index + needle.length;
  return line.tokens.filter((t) => t.start < end && t.end > index);
}

function describeTokens(tokens: Token[]): string {
  return tokens.map((t) => `${JSON.stringify(t.text)} [${t.scopes.join(' ')}]`).join('\n  ');
}

/** Every token that overlaps the needle carries `selector`. */
function expectScope(doc: Line[], lineNo: number, needle: string, selector: string, occurrence = 1): void {
  const tokens = tokensAt(doc, lineNo, needle, occurrence);
  assert.ok(
    tokens.every((t) => hasScope(t.scopes, selector)),
    `expected "${needle}" on line ${lineNo} to be ${selector}, got:\n  ${describeTokens(tokens)}`,
  );
}

/** No token that overlaps the needle carries `selector`. */
function expectNoScope(doc: Line[], lineNo: number, needle: string, selector: string, occurrence = 1): void {
  const tokens = tokensAt(doc, lineNo, needle, occurrence);
  assert.ok(
    tokens.every((t) => !hasScope(t.scopes, selector)),
    `expected "${needle}" on line ${lineNo} not to be ${selector}, got:\n  ${describeTokens(tokens)}`,
  );
}

/** The needle is exactly one token, and it carries every selector given. */
function expectToken(doc: Line[], lineNo: number, needle: string, selectors: string[], occurrence = 1): void {
  const tokens = tokensAt(doc, lineNo, needle, occurrence);
  assert.equal(tokens.length, 1, `expected "${needle}" on line ${lineNo} to be one token, got:\n  ${describeTokens(tokens)}`);
  assert.equal(tokens[0].text, needle, `token boundaries differ:\n  ${describeTokens(tokens)}`);
  for (const selector of selectors) {
    assert.ok(hasScope(tokens[0].scopes, selector), `expected "${needle}" on line ${lineNo} to be ${selector}, got:\n  ${describeTokens(tokens)}`);
  }
}

/** Tokenises one long line as the first line and as a later line (\A and \G rules differ) and times both. */
function timeLongLine(grammar: vsctm.IGrammar, line: string): number {
  let slowest = 0;
  for (const state of [vsctm.INITIAL, grammar.tokenizeLine('Intro', vsctm.INITIAL).ruleStack]) {
    const started = performance.now();
    const result = grammar.tokenizeLine(line, state);
    slowest = Math.max(slowest, performance.now() - started);
    assert.equal(result.stoppedEarly, false);
    assert.ok(result.tokens.length > 0);
  }
  return slowest;
}

describe('news-article grammar', () => {
  let grammar: vsctm.IGrammar;

  before(async () => {
    grammar = await loadGrammar();
  });

  describe('seeds/000: raw JoongAng Daily scrape', () => {
    let doc: Line[];
    before(() => {
      doc = tokenize(grammar, readText(ROOT, 'seeds', '000_cc2096c2dac57694.txt'));
    });

    it('scopes the first line as the headline', () => {
      expectToken(doc, 1, 'Opcon transfer progress top of agenda for Seoul-Washington security meeting', [
        'markup.heading.1.news-article',
        'entity.name.section.headline.news-article',
      ]);
    });

    it('scopes Published and Updated lines as metadata with a date and a time', () => {
      expectScope(doc, 2, 'Published: 27 Oct. 2025, 17:57', 'meta.metadata.published.news-article');
      expectToken(doc, 2, 'Published', ['entity.name.tag.metadata.news-article']);
      expectToken(doc, 2, ':', ['punctuation.separator.key-value.news-article']);
      expectToken(doc, 2, '27 Oct. 2025', ['constant.other.date.news-article']);
      expectToken(doc, 2, '17:57', ['constant.other.time.news-article']);
      expectScope(doc, 3, 'Updated: 27 Oct. 2025, 19:37', 'meta.metadata.updated.news-article');
      expectToken(doc, 3, '19:37', ['constant.other.time.news-article']);
    });

    it('scopes a caption line ending in a bracketed credit', () => {
      expectScope(doc, 4, 'Then-Defense Minister Kim Yong-hyun, second from left', 'comment.line.caption.news-article');
      expectScope(doc, 4, '[MINISTRY OF NATIONAL DEFENSE]', 'comment.block.credit.news-article');
      expectToken(doc, 4, '[', ['punctuation.definition.comment.begin.news-article']);
      expectToken(doc, 4, 'MINISTRY OF NATIONAL DEFENSE', ['meta.caption.news-article', 'comment.block.credit.news-article']);
      expectToken(doc, 11, 'MINISTRY OF NATIONAL DEFENSE', ['comment.block.credit.news-article']);
      expectScope(doc, 11, 'Yoon Bong-hee, acting director general', 'comment.line.caption.news-article');
    });

    it('scopes titles inside the caption, including Then- and former', () => {
      expectToken(doc, 4, 'Then-', ['storage.modifier.title.qualifier.news-article', 'storage.modifier.title.news-article']);
      expectToken(doc, 4, 'Defense Minister', ['storage.modifier.title.office.news-article', 'comment.line.caption']);
      expectToken(doc, 4, 'former U.S. ', ['storage.modifier.title.qualifier.news-article']);
      expectToken(doc, 4, 'Defense Secretary', ['storage.modifier.title.office.news-article']);
      expectNoScope(doc, 4, 'Kim Yong-hyun', 'storage.modifier.title');
      expectNoScope(doc, 4, 'Lloyd Austin', 'storage.modifier.title');
      expectToken(doc, 4, 'Oct. 30, 2024', ['constant.other.date.news-article']);
    });

    it('scopes Lt. Gen. and Chairman on line 15 as titles, not the name', () => {
      expectToken(doc, 15, 'Lt. Gen.', ['storage.modifier.title.rank.news-article', 'storage.modifier.title.news-article']);
      expectToken(doc, 15, 'Chairman', ['storage.modifier.title.office.news-article']);
      expectNoScope(doc, 15, 'Jin Yong-sung', 'storage.modifier.title');
      expectNoScope(doc, 15, 'Joint Chiefs of Staff', 'storage.modifier.title');
    });

    it('scopes curly quotations', () => {
      expectToken(doc, 15, '“', ['string.quoted.double.news-article', 'punctuation.definition.string.begin.news-article']);
      expectScope(doc, 15, 'coordinating agenda items on the Opcon transfer', 'string.quoted.double.news-article');
      expectToken(doc, 15, '”', ['punctuation.definition.string.end.news-article']);
      expectScope(doc, 9, '“ways to develop the alliance into a future-oriented and mutually beneficial partnership”', 'string.quoted.double');
      expectNoScope(doc, 9, 'in response to shifting security dynamics', 'string');
      expectNoScope(doc, 8, 'Ahn’s first meeting', 'string');
    });

    it('scopes the byline and its e-mail placeholder', () => {
      expectScope(doc, 18, 'BY SHIM SEOK-YONG [[email protected]]', 'meta.byline.news-article');
      expectToken(doc, 18, 'BY', ['keyword.other.byline.news-article']);
      expectToken(doc, 18, 'SHIM SEOK-YONG', ['entity.name.author.news-article']);
      expectToken(doc, 18, 'email protected', ['markup.underline.link.email.news-article']);
    });

    it('leaves ordinary body text unscoped', () => {
      for (const lineNo of [5, 10, 16]) {
        for (const token of doc[lineNo - 1].tokens) {
          assert.deepEqual(token.scopes, [SCOPE], `line ${lineNo}: ${describeTokens([token])}`);
        }
      }
    });
  });

  describe('seeds/004: agency feed with a leading date prefix', () => {
    let doc: Line[];
    before(() => {
      doc = tokenize(grammar, readText(ROOT, 'seeds', '004_882d588303bd86ee.txt'));
    });

    it('scopes "date 2025-11-03" as metadata and "Seoul, Nov 3" as the dateline, then lets the body continue', () => {
      expectToken(doc, 1, 'date', ['meta.metadata.date.news-article', 'entity.name.tag.metadata.news-article']);
      expectToken(doc, 1, '2025-11-03', ['meta.metadata.date.news-article', 'constant.other.date.news-article']);
      expectToken(doc, 1, 'Seoul', ['meta.dateline.news-article', 'entity.name.location.news-article']);
      expectToken(doc, 1, 'Nov 3', ['meta.dateline.news-article', 'constant.other.date.news-article']);
      expectNoScope(doc, 1, 'The top military officers', 'meta');
      expectNoScope(doc, 1, 'The top military officers', 'markup.heading');
      expectScope(doc, 1, '"meaningful progress"', 'string.quoted.double.news-article');
    });

    it('scopes ranks and offices before names', () => {
      expectToken(doc, 3, 'Gen.', ['storage.modifier.title.rank.news-article'], 1);
      expectToken(doc, 3, 'Gen.', ['storage.modifier.title.rank.news-article'], 2);
      expectNoScope(doc, 3, 'Jin Yong-sung', 'storage.modifier.title');
      expectToken(doc, 9, 'President', ['storage.modifier.title.office.news-article']);
      expectToken(doc, 19, 'Adm.', ['storage.modifier.title.rank.news-article']);
      expectToken(doc, 19, 'Gen.', ['storage.modifier.title.rank.news-article']);
      expectToken(doc, 21, 'Defence Minister', ['storage.modifier.title.office.news-article']);
      expectToken(doc, 21, 'Defence Secretary', ['storage.modifier.title.office.news-article']);
    });

    it('scopes titles inside a quotation as both', () => {
      expectToken(doc, 7, '"', ['punctuation.definition.string.begin.news-article']);
      expectToken(doc, 7, 'Gen.', ['string.quoted.double.news-article', 'storage.modifier.title.rank.news-article'], 2);
      expectScope(doc, 7, 'Caine have the same understanding', 'string.quoted.double.news-article');
    });

    it('scopes the disclaimer as a note', () => {
      expectScope(doc, 23, 'Disclaimer: This post has been auto-published', 'comment.line.note.news-article');
    });
  });

  describe('fixture: Markdown clipping with YAML front matter', () => {
    let doc: Line[];
    before(() => {
      doc = tokenize(grammar, readText(FIXTURES, 'clipping-front-matter.md'));
    });

    it('scopes the front matter as metadata with keys and values', () => {
      expectToken(doc, 1, '---', ['meta.metadata.front-matter.news-article', 'punctuation.definition.front-matter.begin.news-article']);
      expectToken(doc, 2, 'title', ['meta.embedded.block.frontmatter', 'entity.name.tag.metadata.news-article']);
      expectToken(doc, 2, '"Top South Korean, US generals meet in Seoul"', ['string.quoted.double.news-article']);
      expectToken(doc, 4, '2025-11-03T18:20:00+09:00', ['constant.other.date.news-article']);
      expectToken(doc, 6, 'Jane Doe', ['meta.metadata.front-matter.news-article']);
      expectScope(doc, 7, '# front matter comment', 'comment.line.number-sign.news-article');
      expectToken(doc, 8, '---', ['punctuation.definition.front-matter.end.news-article']);
    });

    it('ends the front matter at the closing ---', () => {
      expectToken(doc, 9, '#', ['markup.heading.1.news-article', 'punctuation.definition.heading.news-article']);
      expectToken(doc, 9, 'Top South Korean, US generals meet in Seoul', ['entity.name.section.headline.news-article']);
      expectNoScope(doc, 9, 'Top South Korean', 'meta.metadata.front-matter');
      expectToken(doc, 21, 'Background', ['markup.heading.2.news-article']);
    });

    it('scopes the byline, image caption and credit', () => {
      expectToken(doc, 11, 'By', ['keyword.other.byline.news-article']);
      expectToken(doc, 11, 'Jane Doe', ['entity.name.author.news-article']);
      expectToken(doc, 13, 'Gen. Jin Yong-sung, right, and Gen. Dan Caine', ['meta.image.inline.news-article', 'comment.line.caption.news-article']);
      expectToken(doc, 15, 'JOINT CHIEFS OF STAFF', ['comment.block.credit.news-article']);
      expectToken(doc, 15, 'Gen.', ['comment.line.caption.news-article', 'storage.modifier.title.rank.news-article'], 2);
    });

    it('scopes an em-dash dateline, emphasis, a link and a block quote', () => {
      expectToken(doc, 17, 'WASHINGTON', ['meta.dateline.news-article', 'entity.name.location.news-article']);
      expectToken(doc, 17, '—', ['punctuation.separator.dateline.news-article']);
      expectToken(doc, 17, 'Defense Secretary', ['storage.modifier.title.office.news-article']);
      expectToken(doc, 17, '**meaningful progress**', ['markup.bold.news-article']);
      expectToken(doc, 17, 'https://www.defense.gov', ['markup.underline.link.news-article']);
      expectToken(doc, 19, '>', ['markup.quote.news-article']);
      expectScope(doc, 19, '"We agreed to keep working,"', 'string.quoted.double.news-article');
      expectToken(doc, 19, 'Lt. Gen.', ['markup.quote.news-article', 'storage.modifier.title.rank.news-article']);
    });

    it('scopes body titles, dates and the editor\'s note', () => {
      expectToken(doc, 23, 'Then-', ['storage.modifier.title.qualifier.news-article']);
      expectToken(doc, 23, 'former U.S. ', ['storage.modifier.title.qualifier.news-article']);
      expectToken(doc, 23, 'Oct. 30, 2024', ['constant.other.date.news-article']);
      expectScope(doc, 25, "Editor's note: This clipping was trimmed", 'comment.line.note.news-article');
    });

    it('embeds source.yaml when it is installed and still closes at ---', async () => {
      const yamlStandIn = {
        scopeName: 'source.yaml',
        patterns: [
          // Greedy multi-line rule: without the begin/while guard it would swallow the closing ---.
          { begin: '^authors:', end: '^(?=zzz)', name: 'meta.block.yaml' },
          { match: '^\\s*[\\w-]+(?=:)', name: 'entity.name.tag.yaml' },
        ],
      };
      const withYaml = tokenize(await loadGrammar({ 'source.yaml': yamlStandIn }), readText(FIXTURES, 'clipping-front-matter.md'));
      expectToken(withYaml, 2, 'title', ['meta.embedded.block.frontmatter', 'entity.name.tag.yaml']);
      expectScope(withYaml, 6, '- Jane Doe', 'meta.block.yaml');
      expectToken(withYaml, 8, '---', ['punctuation.definition.front-matter.end.news-article']);
      expectNoScope(withYaml, 8, '---', 'meta.block.yaml');
      expectToken(withYaml, 9, 'Top South Korean, US generals meet in Seoul', ['entity.name.section.headline.news-article']);
      expectNoScope(withYaml, 9, 'Top South Korean', 'meta.embedded');
    });
  });

  describe('fixture: Yonhap wire story', () => {
    let doc: Line[];
    before(() => {
      doc = tokenize(grammar, readText(FIXTURES, 'wire-yonhap.news'));
    });

    it('scopes SEOUL, Nov. 3 (Yonhap) -- as the dateline', () => {
      expectScope(doc, 1, 'SEOUL, Nov. 3 (Yonhap) --', 'meta.dateline.news-article');
      expectToken(doc, 1, 'SEOUL', ['entity.name.location.news-article']);
      expectToken(doc, 1, 'Nov. 3', ['constant.other.date.news-article']);
      expectToken(doc, 1, 'Yonhap', ['entity.name.organization.agency.news-article']);
      expectToken(doc, 1, '--', ['punctuation.separator.dateline.news-article']);
      expectNoScope(doc, 1, "South Korea's top military officer", 'meta.dateline');
      expectNoScope(doc, 1, "South Korea's top military officer", 'markup.heading');
      expectToken(doc, 1, 'Gen.', ['storage.modifier.title.rank.news-article'], 2);
    });

    it('scopes quotes, titles, an agency credit, a caption and a byline', () => {
      expectScope(doc, 2, '"meaningful progress"', 'string.quoted.double.news-article');
      expectToken(doc, 2, 'Adm.', ['storage.modifier.title.rank.news-article']);
      expectToken(doc, 3, 'President', ['storage.modifier.title.office.news-article']);
      expectToken(doc, 3, 'Yonhap', ['comment.block.credit.news-article']);
      expectNoScope(doc, 3, 'has vowed to regain', 'comment');
      expectToken(doc, 4, 'Nov. 4', ['constant.other.date.news-article']);
      expectToken(doc, 5, 'YONHAP', ['meta.caption.news-article', 'comment.block.credit.news-article']);
      expectToken(doc, 6, 'KIM SOO-HYUN', ['meta.byline.news-article', 'entity.name.author.news-article']);
      expectToken(doc, 6, 'kimsh@yna.co.kr', ['markup.underline.link.email.news-article']);
    });
  });

  describe('fixture: CRLF line endings', () => {
    const text = readText(FIXTURES, 'crlf-scrape.txt');

    it('really has CRLF line endings (check .gitattributes if this fails)', () => {
      assert.ok(text.includes('\r\n'));
      assert.ok(!/[^\r]\n/.test(text));
    });

    for (const keepCarriageReturns of [false, true]) {
      it(`scopes every part when lines are split ${keepCarriageReturns ? 'on \\n, keeping \\r' : 'like VS Code'}`, () => {
        const doc = tokenize(grammar, text, keepCarriageReturns);
        expectToken(doc, 1, 'Allies to hold annual security talks in Seoul', ['entity.name.section.headline.news-article']);
        expectScope(doc, 2, 'Published: 28 Oct. 2025, 09:10', 'meta.metadata.published.news-article');
        expectToken(doc, 2, '09:10', ['constant.other.time.news-article']);
        expectToken(doc, 3, '11:02', ['meta.metadata.updated.news-article', 'constant.other.time.news-article']);
        expectToken(doc, 4, 'Author', ['meta.byline.news-article', 'keyword.other.byline.news-article']);
        expectToken(doc, 4, 'Jane Doe', ['entity.name.author.news-article']);
        expectToken(doc, 5, 'WASHINGTON', ['entity.name.location.news-article']);
        expectToken(doc, 5, '—', ['punctuation.separator.dateline.news-article']);
        expectToken(doc, 5, 'Ms.', ['storage.modifier.title.honorific.news-article']);
        expectToken(doc, 6, '”', ['punctuation.definition.string.end.news-article']);
        expectToken(doc, 6, 'Chairman', ['storage.modifier.title.office.news-article']);
        expectToken(doc, 6, 'Gen.', ['storage.modifier.title.rank.news-article']);
        expectToken(doc, 7, 'AP/YONHAP', ['meta.caption.news-article', 'comment.block.credit.news-article']);
        expectToken(doc, 8, 'Jane Doe and John Roe', ['meta.byline.news-article', 'entity.name.author.news-article']);
      });
    }
  });

  describe('long lines do not backtrack catastrophically', () => {
    const BUDGET_MS = 2000;
    const WORDS = ['Kim', 'Yong-sung', 'President', 'Gen.', 'Lt.', 'Defense', 'Minister', 'SEOUL', 'Nov.', 'Washington', 'Then-Defense', 'By', 'Former', 'MINISTRY', 'Dr.', 'Chairman'];
    const cases: Array<[string, string]> = [
      ['100,000 capitalised words, names and titles mixed', Array.from({ length: 100_000 }, (_, i) => WORDS[i % WORDS.length]).join(' ')],
      ['100,000 capitalised words, every one a title', Array(100_000).fill('President').join(' ')],
      ['100,000 capitalised words after BY and an open bracket', `BY [${Array(100_000).fill('SEOUL').join(' ')}`],
      ['a 20,000-long hyphen chain of names', Array(20_000).fill('Kim').join('-')],
      ['a 20,000-long hyphen chain of capitals at line start', Array(20_000).fill('SEOUL').join('-') + ' x'],
      ['20,000 hyphens in a sentence', `WASHINGTON ${'-'.repeat(20_000)} x`],
    ];
    for (const [name, line] of cases) {
      it(`tokenises ${name} in under ${BUDGET_MS} ms`, () => {
        const ms = timeLongLine(grammar, line);
        assert.ok(ms < BUDGET_MS, `took ${ms.toFixed(0)} ms`);
      });
    }
  });
});

describe('language-configuration.json', () => {
  const config = JSON.parse(readText(ROOT, 'language-configuration.json'));
  const wordPattern = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);

  function words(text: string): string[] {
    return text.match(wordPattern) ?? [];
  }

  it('keeps hyphenated names and abbreviations together', () => {
    const found = words('Joint Chiefs of Staff Chairman Lt. Gen. Jin Yong-sung met U.S. officials on Oct. 14 at 17:57.');
    for (const word of ['Lt.', 'Gen.', 'Yong-sung', 'U.S.', 'Oct.', '17:57']) {
      assert.ok(found.includes(word), `${word} missing from ${JSON.stringify(found)}`);
    }
    assert.ok(found.includes('14') && found.includes('officials'));
  });

  it('splits off possessives but keeps other apostrophes', () => {
    assert.deepEqual(words('Ahn’s O’Brien didn\'t'), ['Ahn', 's', 'O’Brien', "didn't"]);
  });

  it('never matches an empty string and stays fast on a hyphen chain', () => {
    assert.equal(''.match(wordPattern), null);
    const started = performance.now();
    assert.equal(words(Array(20_000).fill('Kim').join('-')).length, 1);
    assert.equal(words('-'.repeat(20_000)).length, 0);
    assert.ok(performance.now() - started < 500);
  });

  it('auto-closes straight and curly double quotes', () => {
    const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => `${p.open}${p.close}`);
    assert.ok(pairs.includes('""'));
    assert.ok(pairs.includes('“”'));
  });
});
