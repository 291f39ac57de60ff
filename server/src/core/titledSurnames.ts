// A surname written with a title in an article that never names its bearer in full ("President
// Trump", "Gen. Caine") is kept to that article (resolveInArticle): the article alone can't say
// who it is. The corpus often can: one person of that surname is given that office or rank
// somewhere ("Donald Trump", the president). The join is for navigation and hover,
// as numbered meetings' are: facts stated under the local key stay its own, and no conflict is
// found through it, so a wrong guess can't put a warning in the Problems panel.

import { oneOffice } from './titles';
import { shortFormsOf } from './recognize/personNames';
import { isAnyGivenName } from './recognize/words';

/** The offices and ranks a person is given, normalised. */
export interface GivenTitles {
  offices: Set<string>;
  ranks: Set<string>;
}

export interface SurnameHost {
  entityOf(key: string): string;
  /** What the corpus's sources (a bounded number of them) call a person key. */
  titlesOf(key: string): GivenTitles;
  /** How many sources name a person key with evidence. */
  sourcesNaming(key: string): number;
  /** What a local key's own article calls it. */
  localTitlesOf(local: string): GivenTitles;
  /** Every local person key the corpus holds: the index is built from them after a restore. */
  localKeys(): Iterable<string>;
  /** An entity (or a local key) whose sources may have changed. */
  forget(entity: string): void;
}

/** A surname more people carry than this ("Kim", "Smith" in a big archive) is not guessed at. */
const MAX_BEARERS = 64;

/** "person@file:///a.txt:trump" → "trump". */
export function localForm(local: string): string {
  return local.slice(local.lastIndexOf(':') + 1);
}

/** Forms start with the name's first word, folded: "emmanuel" of "Emmanuel Undiandeye". */
function startsWithGivenName(forms: string[]): boolean {
  return isAnyGivenName(forms[0].charAt(0).toUpperCase() + forms[0].slice(1));
}

function sharesTitle(own: GivenTitles, other: GivenTitles): boolean {
  for (const o of own.offices) for (const p of other.offices) if (oneOffice(o, p)) return true;
  for (const r of own.ranks) if (other.ranks.has(r)) return true;
  return false;
}

export class TitledSurnames {
  /** Short form → the person keys whose name gives it; built from `formsOf` when first asked. */
  private byForm: Map<string, Set<string>> | undefined;
  /** Short form → the local keys written with it. */
  private locals: Map<string, Set<string>> | undefined;
  /** Local key → the person key it stands for, or null for none; worked out when first asked. */
  private readonly joined = new Map<string, string | null>();
  /** Short form → the local keys in `joined`: what a change to the form forgets, without walking all its locals. */
  private readonly solvedByForm = new Map<string, string[]>();
  private readonly titles = new Map<string, GivenTitles>();

  /**
   * `formsOf`: person key → the short forms of its name ("person:donaldtrump" → ["donald",
   * "trump"]), saved with the corpus (working them out needs a source's text).
   */
  constructor(private readonly host: SurnameHost, readonly formsOf = new Map<string, string[]>(), built = true) {
    if (built) {
      this.byForm = new Map();
      this.locals = new Map();
    }
  }

  /** A person key is now named with evidence, as `written` in some source. */
  addBearer(key: string, written: string | undefined): void {
    if (!written || this.formsOf.has(key)) return;
    const forms = shortFormsOf(written.split(' '));
    if (!forms.length) return;
    this.formsOf.set(key, forms);
    for (const f of forms) {
      if (this.byForm) this.byForm.set(f, (this.byForm.get(f) ?? new Set()).add(key));
      this.invalidate(f, true);
    }
  }

  /** A person key no source names any more. */
  removeBearer(key: string): void {
    const forms = this.formsOf.get(key);
    if (!forms) return;
    for (const f of forms) this.invalidate(f, true);
    this.formsOf.delete(key);
    if (this.byForm) {
      for (const f of forms) {
        const keys = this.byForm.get(f);
        keys?.delete(key);
        if (keys && !keys.size) this.byForm.delete(f);
      }
    }
    this.titles.delete(key);
  }

  /** A local key came or went. */
  localChanged(local: string, added: boolean): void {
    const f = localForm(local);
    if (this.locals) {
      const set = this.locals.get(f) ?? new Set<string>();
      if (added) set.add(local);
      else set.delete(local);
      if (set.size) this.locals.set(f, set);
      else this.locals.delete(f);
    }
    this.invalidate(f, true);
  }

  /** A source naming this key was added or removed, or its cluster changed: what it is called may differ. */
  touched(key: string): void {
    if (!this.byForm) return;
    if (key.startsWith('person@')) {
      this.invalidate(localForm(key), false);
      return;
    }
    const forms = this.formsOf.get(key);
    if (!forms) return;
    this.titles.delete(key);
    for (const f of forms) this.invalidate(f, false);
  }

  /** The person key a local key stands for, if the corpus tells. */
  bearerOf(local: string): string | undefined {
    this.build();
    let hit = this.joined.get(local);
    if (hit === undefined) {
      hit = this.solve(local) ?? null;
      this.joined.set(local, hit);
      const f = localForm(local);
      const solved = this.solvedByForm.get(f);
      if (solved) solved.push(local);
      else this.solvedByForm.set(f, [local]);
    }
    return hit ?? undefined;
  }

  /** The local keys joined to `entity` through the short forms of `keys`, its keys. */
  joinedTo(keys: readonly string[], entity: string): string[] {
    const out = new Set<string>();
    for (const k of keys) {
      const forms = this.formsOf.get(k);
      if (!forms) continue;
      this.build();
      for (const f of forms) {
        for (const l of this.locals!.get(f) ?? []) {
          const b = this.bearerOf(l);
          if (b && this.host.entityOf(b) === entity) out.add(l);
        }
      }
    }
    return [...out];
  }

  private build(): void {
    if (this.byForm) return;
    this.byForm = new Map();
    for (const [key, forms] of this.formsOf) for (const f of forms) this.byForm.set(f, (this.byForm.get(f) ?? new Set()).add(key));
    this.locals = new Map();
    for (const l of this.host.localKeys()) {
      const f = localForm(l);
      this.locals.set(f, (this.locals.get(f) ?? new Set()).add(l));
    }
  }

  /**
   * Forgets what was worked out for a short form. When its bearers or locals change, the
   * bearers' entities may gain or lose sources too.
   */
  private invalidate(form: string, membership: boolean): void {
    if (!this.byForm) return;
    for (const l of this.solvedByForm.get(form) ?? []) {
      this.joined.delete(l);
      this.host.forget(l);
    }
    this.solvedByForm.delete(form);
    if (membership || this.locals!.get(form)?.size) for (const k of this.byForm.get(form) ?? []) this.host.forget(this.host.entityOf(k));
  }

  private solve(local: string): string | undefined {
    const keys = this.byForm!.get(localForm(local));
    if (!keys?.size || keys.size > MAX_BEARERS) return undefined;
    const byEntity = new Map<string, string[]>();
    for (const k of keys) {
      // A name read once, with no given name the lists know, may be words read as one
      // ("Particular Congregation"): not a bearer to send a reader to.
      if (this.host.sourcesNaming(k) < 2 && !startsWithGivenName(this.formsOf.get(k)!)) continue;
      const e = this.host.entityOf(k);
      byEntity.set(e, [...(byEntity.get(e) ?? []), k]);
    }
    const own = this.host.localTitlesOf(local);
    // "President Lee": the one Lee given that office. Not one given none, nor another office
    // ("Administrator Lee Zeldin"): the article may mean someone the corpus never names.
    const sharing: string[][] = [];
    for (const ks of byEntity.values()) if (ks.some((k) => sharesTitle(own, this.titlesOfKey(k)))) sharing.push(ks);
    return sharing.length === 1 ? [...sharing[0]].sort()[0] : undefined;
  }

  private titlesOfKey(key: string): GivenTitles {
    let t = this.titles.get(key);
    if (!t) this.titles.set(key, (t = this.host.titlesOf(key)));
    return t;
  }
}
