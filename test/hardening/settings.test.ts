// Workspace settings cannot point the server at files outside the workspace folder.

import * as assert from 'assert';
import { insideFolder, parseSettings } from '../../server/src/lsp/settings';

describe('settings from an untrusted workspace', () => {
  it('drops include globs that climb out of the folder or are absolute', () => {
    const s = parseSettings({ include: ['**/*.txt', '../**/*.txt', '/etc/**', 'a/../../b/*.md', 'C:/Users/**', 'articles/**/*.md'] });
    assert.deepStrictEqual(s.include, ['**/*.txt', 'articles/**/*.md']);
  });

  it('keeps ordinary relative globs', () => {
    for (const g of ['**/*.news', 'clippings/*.md', 'a/b/**/c.txt']) assert.ok(insideFolder(g), g);
  });

  it('falls back to the defaults for malformed values', () => {
    const s = parseSettings({ include: 'not a list', diagnostics: { titleConflict: { severity: 'loud' } } });
    assert.deepStrictEqual(s.include, ['**/*.news', '**/*.txt', '**/*.md', '**/*.markdown']);
    assert.strictEqual(s.diagnostics.titleConflict.severity, 'warning');
  });
});
