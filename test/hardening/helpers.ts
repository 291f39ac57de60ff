// Shared pieces for the hardening suite: a stdio LSP client that can be started with a
// preload, its own environment and working directory; raw byte access to the server's
// stdin; memory readings; and generators of realistic article text.

import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, SERVER, type ClientOptions } from '../protocol/lspClient';

export { SERVER };
export const REPO = path.resolve(__dirname, '../..');

/** The protocol tests' client, plus raw stdin, answers within a time limit and memory readings. */
export class HardClient extends LspClient {
  constructor(opts: ClientOptions = {}) {
    super(opts);
    this.rpc.onNotification('$/progress', () => this.wake());
  }

  /** Waits for the "Indexed N articles" log line of the n-th full index (1-based). */
  indexed(ms = 30000, nth = 1): Promise<string> {
    return this.until('the "Indexed … articles" log line', () => this.logs.filter((l) => /^Indexed \d+ articles/.test(l))[nth - 1], ms);
  }

  /** A request that fails the test instead of hanging when the server does not answer. */
  async requestWithin<R>(method: string, params: unknown, ms = 10000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.request<R>(method, params),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${ms} ms`)), ms))),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Writes bytes straight to the server's stdin, around the JSON-RPC writer. */
  writeRaw(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.proc.stdin!.write(bytes, (e) => (e ? reject(e) : resolve())));
  }

  /** Resident memory now and at its peak, in MB (Linux /proc). */
  memory(): { rssMb: number; peakMb: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  }
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `corroborate-hard-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function fileUri(p: string): string {
  return 'file://' + p;
}

/** Realistic pieces of Korean/US defence coverage, the vocabulary the core keys on. */
export const FRAGMENTS = [
  'Gen. Jin Yong-sung', 'Lt. Gen. Jin Yong-sung', 'Joint Chiefs of Staff Chairman Gen. Jin Yong-sung',
  'Defense Minister Ahn Gyu-back', 'Defence Minister Ahn Kyu-baek', 'U.S. Defense Secretary Pete Hegseth',
  'the 57th Security Consultative Meeting (SCM)', 'the 56th Korea-U.S. Security Consultative Meeting', 'the SCM',
  'Published: 27 Oct. 2025', 'Published: 27 Oct. 2025, 17:57', 'Updated: 3 Nov. 2025, 19:37', 'date 2025-11-03 Seoul, Nov 3',
  'on Nov. 4', 'on Tuesday', 'Monday', 'last week', 'in July', 'Jin', 'Gen. Caine', "Ahn's", 'Hegseth',
  'Then-Defense Minister Kim Yong-hyun', 'former U.S. Defense Secretary Lloyd Austin', 'acting President Choi Sang-mok',
  'President Lee Jae Myung', 'President Lee Jae-myung', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Adm. Samuel Paparo',
  'the Ministry of National Defense', '[MINISTRY OF NATIONAL DEFENSE]', 'SEOUL (Yonhap) --', 'By Kim Hong-ji',
  '(AP Photo/Ahn Young-joon)', '© 2025 Yonhap News Agency. All rights reserved.', 'in Seoul', 'at the Pentagon in Washington',
  'wartime operational control (Opcon)', 'the Opcon transition', 'said.', 'said Monday.', ', ', '. ', ' ', ' ', ' ',
  '\n', '\n', '\n\n', '\r\n', '\r', '---\n', 'title: "SCM talks"\n', 'published: 2025-11-03\n', '# ', '> ', '![photo](x.png) ',
  // Unicode that must not trip offsets: surrogate pairs, RTL, combining marks, controls.
  '😀', '👍🏽', '🇰🇷', '👨‍👩‍👧', '𝐆𝐞𝐧.', '한국 국방부', '진영승 합참의장', 'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', 'e\u0301', 'Ahn\u0308',
  'Jin\u0301 Yong-sung', '\u200B', '\uFEFF', '\u2028', '\u2029', '\u00A0', '\t', '\u0085', '\uFFFD', '\uD800', '\uDC00', '\uDBFF\uDFFF',
  '"', '“', '”', '’', '—', '–', '(', ')', '[', ']', '-', '--', '...', ':',
];

export function nulFreeLength(s: string): boolean {
  return !s.slice(0, 8192).includes('\u0000');
}

/** Is `offset` a position between two UTF-16 code units of one surrogate pair? */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** A short wire story with facts the core compares (title, meeting date). */
export function article(i: number, opts: { rank?: string; day?: string; meetingDay?: string; extra?: string } = {}): string {
  const rank = opts.rank ?? (i % 2 ? 'Gen.' : 'Lt. Gen.');
  const day = opts.day ?? `${1 + (i % 27)} Oct. 2025`;
  const meet = opts.meetingDay ?? `Nov. ${3 + (i % 3)}`;
  return `Allies meet on Opcon, report ${i}\nPublished: ${day}, 10:00\n\n` +
    `SEOUL (Yonhap) -- Joint Chiefs of Staff Chairman ${rank} Jin Yong-sung met Adm. Samuel Paparo in Seoul.\n\n` +
    `Defense Minister Ahn Gyu-back and U.S. Defense Secretary Pete Hegseth will meet on ${meet} for the 57th annual Security Consultative Meeting (SCM), the ministry said.\n\n` +
    `Jin said the SCM would discuss the transfer of wartime operational control (Opcon). Person${i} Kimura${i} attended.${opts.extra ?? ''}\n`;
}
