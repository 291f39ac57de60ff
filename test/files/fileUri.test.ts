import { strict as assert } from 'assert';
import { URI } from 'vscode-uri';
import { fileUri } from '../../server/src/files/fileUri';

describe('fileUri', () => {
  it('writes every path exactly as vscode-uri does', () => {
    const paths = [
      '/work/news/2025/scm-57.txt', '/tmp/a_b~c/d.e.md', '/', '/x/y z/é.txt', '/x/a#b?.txt', '/x/50%.txt', '/x/[1]/a+b=c.md',
      '/x/C:/a.txt', '/x/한국/기사.txt', '/x/a\\b.txt', '/x/it’s.txt', "/x/it's.txt", '/x/a&b;c,d@e.txt', '/x/%20.txt', '//server/share/a.txt', '///x.txt',
    ];
    for (const p of paths) assert.equal(fileUri(p), URI.file(p).toString(), p);
  });

  it('on Windows, always through vscode-uri', () => {
    assert.equal(fileUri('C:\\news\\a.txt', 'win32'), URI.file('C:\\news\\a.txt').toString());
  });
});
