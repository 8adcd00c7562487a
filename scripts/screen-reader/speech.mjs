// What Orca says, read from its debug file as it is written: every utterance is a line
// `HH:MM:SS.ffffff - SPEECH OUTPUT: 'text'{…}`. Key echo ("tab ", "space ") is kept apart.
import {closeSync, existsSync, openSync, readSync} from 'node:fs';

const SPEECH = /SPEECH OUTPUT: '(.*)'\s*(\{.*\})?\s*$/;
// Where Orca's focus goes, and whether it told the user (Notify: False is a silent move).
const FOCUS = /ORCA: Changing locusOfFocus from .* to \[(.+?) \| (.*)\]\. Notify: (True|False)\s*$/;

/** Orca's key echo: the key's name and a trailing space ("tab ", "shift ", "a "). */
export const isEcho = (text) => /^[\w\s-]{1,24} $/.test(text);

export class SpeechLog {
  /** Every utterance so far: {text, echo, at} (at: ms since the log was opened). */
  utterances = [];
  /** Every move of Orca's focus so far: {role, name, notify}. */
  moves = [];
  #file;
  #fd;
  #offset = 0;
  #rest = '';
  #started = Date.now();
  #lastAt = Date.now();
  #wroteAt = Date.now();
  #watch;
  #seen = new Set();

  /** `watch`: lines to look out for (see `has`). */
  constructor(file, watch = []) {
    this.#file = file;
    this.#watch = watch;
  }

  /** Reads what Orca wrote since the last call. */
  poll() {
    if (this.#fd === undefined) {
      if (!existsSync(this.#file)) return;
      this.#fd = openSync(this.#file, 'r');
    }
    const buffer = Buffer.alloc(1 << 16);
    let chunk = '';
    for (;;) {
      const n = readSync(this.#fd, buffer, 0, buffer.length, this.#offset);
      if (!n) break;
      this.#offset += n;
      chunk += buffer.toString('latin1', 0, n);
    }
    if (!chunk) return;
    this.#wroteAt = Date.now();
    const lines = (this.#rest + chunk).split('\n');
    this.#rest = lines.pop() ?? '';
    for (const raw of lines) {
      const line = Buffer.from(raw, 'latin1').toString('utf8').replace(/\r$/, '');
      for (const w of this.#watch) if (line.includes(w)) this.#seen.add(w);
      const f = FOCUS.exec(line);
      if (f) this.moves.push({role: f[1], name: f[2], notify: f[3] === 'True'});
      const m = SPEECH.exec(line);
      if (!m) continue;
      const text = m[1];
      this.utterances.push({text, echo: isEcho(text), at: Date.now() - this.#started});
      this.#lastAt = Date.now();
    }
  }

  /** A mark to read from: how many utterances and focus moves there were so far. */
  mark() {
    this.poll();
    return {said: this.utterances.length, moved: this.moves.length, bytes: this.#offset};
  }

  /** What was said since `mark` (from the start without one), without key echo. */
  since(mark = {said: 0}) {
    this.poll();
    return this.utterances.slice(mark.said).filter((u) => !u.echo).map((u) => u.text);
  }

  /** Whether Orca wrote anything at all to its log since `mark` (a hung Orca writes nothing). */
  wroteSince(mark) {
    this.poll();
    return this.#offset > mark.bytes;
  }

  /** Milliseconds since Orca last wrote anything to its log. */
  get idleFor() {
    this.poll();
    return Date.now() - this.#wroteAt;
  }

  /** Whether the log has `line` in it (anywhere, not only speech). */
  has(line) {
    this.poll();
    return this.#seen.has(line);
  }

  /** Orca's focus moves since `mark`. */
  movesSince(mark) {
    this.poll();
    return this.moves.slice(mark.moved);
  }

  /** Milliseconds since Orca last said anything (key echo included). */
  get quietFor() {
    this.poll();
    return Date.now() - this.#lastAt;
  }

  close() {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for speech after `mark`: until `done({texts, moves})` is true (or, without `done`, until
 * anything is said), then until Orca has been quiet for `quiet` ms. Gives up after `timeout` ms; never throws.
 * Returns {texts, moves, timedOut, silent}; `silent`: Orca wrote nothing at all meanwhile (hung).
 */
export async function waitForSpeech(log, mark, {done, timeout = 5000, quiet = 600, maxQuietWait = 4000} = {}) {
  const end = Date.now() + timeout;
  const ready = done ?? (({texts}) => texts.length > 0);
  const heard = () => ({texts: log.since(mark), moves: log.movesSince(mark)});
  let timedOut = false;
  while (!ready(heard())) {
    if (Date.now() > end) {
      timedOut = true;
      break;
    }
    await sleep(100);
  }
  const quietEnd = Date.now() + maxQuietWait;
  while (log.quietFor < quiet && Date.now() < quietEnd) await sleep(100);
  return {...heard(), timedOut, silent: timedOut && !log.wroteSince(mark)};
}
