/**
 * Speed: a message goes through some eight hundred patterns, several times over (the
 * whole message, each sentence, each piece of a request), and most of them cannot match
 * because a word they need is absent. `guarded(pattern)` reads from a pattern's source
 * the strings any match must contain (one of "annul", "supprim" for
 * "(?:annul|supprim)\w*"), and skips the pattern when the text lacks every one of them.
 * The text is looked up through its character trigrams, computed once per text: a
 * missing trigram proves a string absent, a present one only lets the pattern run, so a
 * guarded pattern answers exactly as the plain one does.
 */

/** Strings of which every match holds at least one, or undefined when the source promises none worth checking. */
type Needed = readonly string[] | undefined;

/** Shortest string worth a guard: a trigram. */
const SHORTEST = 3;

/** Syntax characters written escaped that stand for themselves. */
const ESCAPED_LITERAL = /^[\^$\\.*+?()[\]{}|/\-'’"#%&,:;<=>@_`~! ]$/;

/** The better of two needs: longer strings rule out more texts; fewer strings are checked faster. */
function better(a: Needed, b: Needed): Needed {
  if (!a) return b;
  if (!b) return a;
  const shortest = (need: readonly string[]) => Math.min(...need.map((s) => s.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** Reads a source, from a position, into what its matches need. */
class SourceReader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Needed {
    const need = this.alternation();
    return this.at === this.source.length ? need : undefined;
  }

  /** Branches separated by "|": a match needs what one of them needs. */
  private alternation(): Needed {
    const branches: Needed[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((branch) => !branch)) return undefined;
    return [...new Set(branches.flatMap((branch) => branch as readonly string[]))];
  }

  /** Atoms one after another: a match needs what any one of them needs; runs of plain characters join into strings. */
  private sequence(): Needed {
    let best: Needed;
    let run = '';
    const endRun = () => {
      if (run.length >= SHORTEST) best = better(best, [run]);
      run = '';
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const { min } = this.quantifier();
      if (atom.kind === 'char') {
        if (min === 0) endRun();
        else {
          run += atom.char;
          if (min !== 1) endRun();
        }
      } else {
        endRun();
        if (atom.kind === 'group' && min > 0) best = better(best, atom.need);
      }
    }
    endRun();
    return best && Math.min(...best.map((s) => s.length)) >= SHORTEST ? best : undefined;
  }

  private atom(): { kind: 'char'; char: string } | { kind: 'group'; need: Needed } | { kind: 'other' } {
    const c = this.source[this.at];
    if (c === '(') {
      this.at++;
      let lookaround = false;
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
        lookaround = true;
        this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      } else if (this.source.startsWith('?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
      const need = this.alternation();
      if (this.source[this.at] !== ')') throw new Error('unbalanced group');
      this.at++;
      return lookaround ? { kind: 'other' } : { kind: 'group', need };
    }
    if (c === '[') {
      this.at++;
      if (this.source[this.at] === '^') this.at++;
      // (In JavaScript "[]" matches nothing and "[^]" any character: a "]" right after the bracket closes the class.)
      while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
      this.at++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const next = this.source[this.at + 1];
      if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'k') {
        this.at += 2;
        if (this.source[this.at] === '{' || this.source[this.at] === '<') this.at = this.source.indexOf(this.source[this.at] === '{' ? '}' : '>', this.at) + 1;
        else if (next === 'x') this.at += 2;
        else if (next === 'u') this.at += 4;
        return { kind: 'other' };
      }
      this.at += 2;
      return ESCAPED_LITERAL.test(next) ? { kind: 'char', char: next } : { kind: 'other' };
    }
    this.at++;
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    return { kind: 'char', char: c };
  }

  /** The least number of times the atom just read occurs. */
  private quantifier(): { min: number } {
    const c = this.source[this.at];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.at++;
    } else if (c === '+') {
      min = 2;
      this.at++;
    } else if (c === '{') {
      const bounds = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!bounds) return { min };
      min = Number(bounds[1]) === 1 && bounds[2] === undefined ? 1 : Number(bounds[1]) === 0 ? 0 : 2;
      this.at += bounds[0].length;
    } else return { min };
    if (this.source[this.at] === '?') this.at++;
    // (2 stands for "one or more": the character is needed, but what follows is no longer next to it.)
    return { min };
  }
}

/** The strings one of which every match of `pattern` contains (lower case), or undefined. */
export function neededStrings(pattern: RegExp): readonly string[] | undefined {
  try {
    return new SourceReader(pattern.source).read()?.map((s) => s.toLowerCase());
  } catch {
    return undefined;
  }
}

const TRIGRAM_SLOTS = 1 << 16;
const trigramHash = (text: string, i: number) => ((text.charCodeAt(i) * 961 + text.charCodeAt(i + 1) * 31 + text.charCodeAt(i + 2)) >>> 0) & (TRIGRAM_SLOTS - 1);

/**
 * The trigrams of the last few texts looked at (a message, its sentences and pieces are
 * read in turns): a slot's table holds, for each trigram, the generation of the text that
 * last filled it.
 */
interface Slot {
  text: string | undefined;
  generation: number;
  readonly seen: Uint32Array;
}
const SLOTS: Slot[] = Array.from({ length: 4 }, () => ({ text: undefined, generation: 0, seen: new Uint32Array(TRIGRAM_SLOTS) }));
let nextSlot = 0;

let lastSlot = SLOTS[0];

function lookAt(text: string): Slot {
  // (The same text is asked about by hundreds of patterns in a row: the slot of the last one first.)
  if (lastSlot.text === text) return lastSlot;
  for (const slot of SLOTS) {
    if (slot.text === text) {
      lastSlot = slot;
      return slot;
    }
  }
  const slot = SLOTS[nextSlot];
  nextSlot = (nextSlot + 1) % SLOTS.length;
  slot.text = text;
  slot.generation = (slot.generation + 1) >>> 0;
  if (slot.generation === 0) {
    slot.seen.fill(0);
    slot.generation = 1;
  }
  const lower = text.toLowerCase();
  for (let i = 0; i + 2 < lower.length; i++) slot.seen[trigramHash(lower, i)] = slot.generation;
  lastSlot = slot;
  return slot;
}

/** Whether the text of `slot` may contain the string of these trigrams (none of them missing). */
function mayContain(slot: Slot, hashes: Uint16Array): boolean {
  for (let i = 0; i < hashes.length; i++) if (slot.seen[hashes[i]] !== slot.generation) return false;
  return true;
}

/** The trigram hashes of each needed string. */
const trigramsOf = (needed: readonly string[]): Uint16Array[] => needed.map((s) => Uint16Array.from({ length: s.length - 2 }, (_, i) => trigramHash(s, i)));

/** Whether the text of `slot` may contain one of the needed strings (given by their trigrams). */
function mayContainOne(slot: Slot, needed: readonly Uint16Array[]): boolean {
  for (const hashes of needed) if (mayContain(slot, hashes)) return true;
  return false;
}

/**
 * A pattern that gives up at once on a text lacking every string its matches need.
 *
 * Speed: where the text may hold a match, the work is done by `plain`, the same pattern as an
 * ordinary RegExp: V8 runs exec, test and replace of a RegExp subclass on slow generic paths
 * (replace calls the overridden exec again for each match), and those of a plain RegExp on
 * fast ones. `lastIndex` is handed over both ways, so the answers and `lastIndex` are those of
 * the pattern itself.
 */
class GuardedRegExp extends RegExp {
  static override get [Symbol.species]() {
    return RegExp;
  }

  private readonly needed: readonly Uint16Array[];
  private readonly plain: RegExp;
  /** Global or sticky: the only patterns whose `lastIndex` is read and written. */
  private readonly keepsIndex: boolean;

  constructor(pattern: RegExp, needed: readonly string[]) {
    super(pattern.source, pattern.flags);
    this.needed = trigramsOf(needed);
    this.plain = new RegExp(pattern.source, pattern.flags);
    this.keepsIndex = this.global || this.sticky;
  }

  mayMatch(text: string): boolean {
    return mayContainOne(lookAt(text), this.needed);
  }

  override exec(text: string): RegExpExecArray | null {
    const string = String(text);
    if (!this.mayMatch(string)) {
      if (this.keepsIndex) this.lastIndex = 0;
      return null;
    }
    if (!this.keepsIndex) return this.plain.exec(string);
    this.plain.lastIndex = this.lastIndex;
    const match = this.plain.exec(string);
    this.lastIndex = this.plain.lastIndex;
    return match;
  }

  override test(text: string): boolean {
    const string = String(text);
    if (!this.mayMatch(string)) {
      if (this.keepsIndex) this.lastIndex = 0;
      return false;
    }
    if (!this.keepsIndex) return this.plain.test(string);
    this.plain.lastIndex = this.lastIndex;
    const found = this.plain.test(string);
    this.lastIndex = this.plain.lastIndex;
    return found;
  }

  override [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: any[]) => string)): string {
    const string = String(text);
    if (!this.mayMatch(string)) {
      if (this.keepsIndex) this.lastIndex = 0;
      return string;
    }
    this.plain.lastIndex = this.lastIndex;
    const replaced = this.plain[Symbol.replace](string, replacement as string);
    this.lastIndex = this.plain.lastIndex;
    return replaced;
  }
}

/** `pattern`, skipped at once on texts that cannot hold a match (the same pattern when its source needs nothing checkable). */
export function guarded(pattern: RegExp): RegExp {
  const needed = neededStrings(pattern);
  return needed ? new GuardedRegExp(pattern, needed) : pattern;
}

/** Rewrites ([pattern, replacement]) with their patterns guarded. */
export function guardedRewrites<T>(rewrites: ReadonlyArray<readonly [RegExp, T]>): Array<readonly [RegExp, T]> {
  return rewrites.map(([pattern, replacement]) => [guarded(pattern), replacement] as const);
}

/** Rules ([answer, pattern]) with their patterns guarded. */
export function guardedRules<T>(rules: ReadonlyArray<readonly [T, RegExp]>): Array<readonly [T, RegExp]> {
  return rules.map(([answer, pattern]) => [answer, guarded(pattern)] as const);
}

/** The top-level branches of a source ("a|(?:b|c)|d" → "a", "(?:b|c)", "d"). */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

/** One branch of a `BranchGuardedRegExp`: the branch alone, and the trigrams of the strings it needs (none: always tried). */
interface Branch {
  readonly pattern: RegExp;
  readonly needed: readonly Uint16Array[] | undefined;
}

/**
 * Speed: a global pattern made of many branches of their own ("…|…|…", some sixty for the
 * times of a story), used to blank out its matches with `replace(pattern, function)`. Run
 * whole, it tries every branch at every character; most branches need a word the text lacks
 * (three of the sixty may match, on average). Its replace runs only the branches that may
 * match, each alone, and takes at each step the leftmost match, of the first branch on a tie:
 * the matches of the whole alternation, so the same text comes out. Only for patterns with no
 * capturing group (the branches' own groups would be numbered otherwise); `exec`, `test` and
 * replacements by a string stay those of a guarded pattern.
 */
class BranchGuardedRegExp extends GuardedRegExp {
  private readonly branches: readonly Branch[];

  constructor(pattern: RegExp, needed: readonly string[]) {
    super(pattern, needed);
    this.branches = topLevelBranches(pattern.source).map((source) => {
      const branch = new RegExp(source, pattern.flags);
      const needed = neededStrings(branch);
      return { pattern: branch, needed: needed && trigramsOf(needed) };
    });
  }

  override [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: any[]) => string)): string {
    if (typeof replacement !== 'function') return super[Symbol.replace](text, replacement);
    const string = String(text);
    this.lastIndex = 0;
    const slot = lookAt(string);
    const tried = this.branches.filter((branch) => !branch.needed || mayContainOne(slot, branch.needed));
    // The next match of each branch at or after `from` (null: none left); still good while it starts at or after `from`.
    const next: (RegExpExecArray | null | undefined)[] = tried.map(() => undefined);
    const unicode = this.unicode || this.flags.includes('v');
    let replaced = '';
    let copied = 0;
    let from = 0;
    while (from <= string.length) {
      let first = -1;
      for (let i = 0; i < tried.length; i++) {
        let match = next[i];
        if (match === null) continue;
        if (match === undefined || match.index < from) {
          tried[i].pattern.lastIndex = from;
          match = next[i] = tried[i].pattern.exec(string);
          if (match === null) continue;
        }
        if (first < 0 || match.index < (next[first] as RegExpExecArray).index) first = i;
      }
      if (first < 0) break;
      const match = next[first] as RegExpExecArray;
      const end = match.index + match[0].length;
      replaced += string.slice(copied, match.index) + String(replacement(match[0], match.index, string));
      copied = end;
      // (After an empty match, the next one is looked for one character further, as the whole pattern does.)
      from = end > match.index ? end : end + (unicode && (string.codePointAt(end) ?? 0) > 0xffff ? 2 : 1);
    }
    return replaced + string.slice(copied);
  }
}

/**
 * `pattern` guarded as a whole and, for `replace(pattern, function)`, branch by branch (see
 * `BranchGuardedRegExp`): for global alternations of many branches with no capturing group.
 */
export function guardedByBranch(pattern: RegExp): RegExp {
  const needed = neededStrings(pattern);
  const capturing = new RegExp(`${pattern.source}|`).exec('')!.length - 1;
  if (!needed || capturing > 0 || !pattern.global || pattern.sticky) return guarded(pattern);
  return new BranchGuardedRegExp(pattern, needed);
}
