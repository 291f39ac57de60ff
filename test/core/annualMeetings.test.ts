// Annual meetings named head first ("the 55th Annual Meeting of the World Economic Forum") and
// the offices of the bodies that hold them ("the Executive Chair of the World Economic Forum").

import * as assert from 'assert';
import { analyze } from './helpers';

describe('annual meetings: one series however it is written', () => {
  // "the 2025 Annual Meeting of the World Economic Forum" keyed as a series "meeting of world
  // economic forum", apart from "the 55th Annual Meeting of …" ("world economic forum meeting").
  it('an adjective before a head-first meeting does not change its series', () => {
    const t = [
      'Davos opens',
      'Published: 2025-01-20',
      '',
      'The 55th Annual Meeting of the World Economic Forum was officially opened on Monday. The 2025 Annual Meeting of the World Economic Forum runs to Friday.',
      '',
    ].join('\n');
    const a = analyze('davos.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind === 'meeting').map((m) => m.key), ['meeting:world economic forum meeting#55', 'meeting:world economic forum meeting~2025']);
  });

  // "the Executive Chair of the World Economic Forum (WEF)" was a meeting of that name, and the
  // acronym went with it.
  it('an office of two words before "of" is the office of the body after it', () => {
    const t = 'Twitter CEO\nPublished: 2023-05-12\n\nLinda Yaccarino is the Executive Chair of the World Economic Forum (WEF). The WEF met.\n';
    const a = analyze('chair.txt', t);
    assert.deepEqual(a.mentions.filter((m) => m.kind !== 'person' && m.kind !== 'date').map((m) => [m.text, m.key]), [
      ['World Economic Forum', 'meeting:world economic forum'], ['WEF', 'meeting:world economic forum'], ['WEF', 'meeting:world economic forum'],
    ]);
  });
});
