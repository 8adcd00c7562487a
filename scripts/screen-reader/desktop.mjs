// A private desktop for a screen reader: Xvfb, a D-Bus session, the AT-SPI bus, speech-dispatcher,
// Orca and Firefox ESR, all started here and all stopped here (also on failure and on Ctrl+C).
//
// Every process gets one environment variable naming this run; cleaning up sends SIGTERM, then
// SIGKILL, to the processes that carry it — only those, found by their ids in /proc — so daemons
// that detach (speech-dispatcher, the portal and dconf services D-Bus activates) go too.
import {spawn, spawnSync} from 'node:child_process';
import {randomUUID} from 'node:crypto';
import {chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** Debian packages and a file each installs, to tell whether it is there. */
export const PACKAGES = [
  ['orca', '/usr/bin/orca'],
  ['speech-dispatcher', '/usr/bin/speech-dispatcher'],
  ['speech-dispatcher-espeak-ng', '/usr/lib/speech-dispatcher-modules/sd_espeak-ng'],
  ['espeak-ng', '/usr/bin/espeak-ng'],
  ['xdotool', '/usr/bin/xdotool'],
  ['xvfb', '/usr/bin/Xvfb'],
  ['firefox-esr', '/usr/bin/firefox-esr'],
  ['dbus-x11', '/usr/bin/dbus-launch'],
  ['at-spi2-core', '/usr/libexec/at-spi-bus-launcher'],
];

const installed = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], {encoding: 'utf8'}).stdout?.includes('install ok installed');

/**
 * Installs the missing packages (as root, with apt-get), like .ci/run does for the browsers.
 * Returns {installed: [...], seconds} or throws with one line saying what to run.
 */
export function ensurePackages(log = console.log) {
  const missing = PACKAGES.filter(([pkg, file]) => !existsSync(file) || !installed(pkg)).map(([pkg]) => pkg);
  if (!missing.length) return {installed: [], seconds: 0};
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`missing ${missing.join(', ')}: run \`sudo apt-get update && sudo ${command}\``);
  }
  log(`screen reader: installing ${missing.join(' ')} (apt-get, one time)…`);
  const started = Date.now();
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  const run = (args) => spawnSync('apt-get', args, {stdio: ['ignore', 'ignore', 'inherit'], env}).status === 0;
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', ...missing])) throw new Error(`apt-get failed: try \`${command}\``);
  const still = PACKAGES.filter(([, file]) => !existsSync(file)).map(([pkg]) => pkg);
  if (still.length) throw new Error(`still missing after apt-get: ${still.join(', ')}`);
  return {installed: missing, seconds: Math.round((Date.now() - started) / 1000)};
}

/** Installed version of a Debian package ("43.1-1"), or "?". */
export const version = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], {encoding: 'utf8'}).stdout?.trim() || '?';

// Firefox: a fresh profile where nothing speaks but the page and nothing leaves the machine.
const firefoxPrefs = new URL('../../test/screen-reader/firefox-user.js', import.meta.url);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The line Orca writes once its debug log is line-buffered (see orca-customizations.py below). */
export const LOG_READY = 'ATTUNE: debug log line-buffered, level INFO';

/** Waits until `test()` is truthy (polled every 100 ms); throws `what` after `timeout` ms. */
export async function until(test, timeout, what) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${Math.round(timeout / 1000)} s waiting for ${what}`);
    await sleep(100);
  }
}

/** The first display in 120–129 with neither a socket nor a lock file (the component tests use 90–98). */
function freeDisplay() {
  for (let n = 120; n <= 129; n++) if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  throw new Error('no free X display in :120–:129');
}

export class Desktop {
  run = randomUUID();
  dir = mkdtempSync(join(tmpdir(), 'attune-sr-'));
  home = join(this.dir, 'home');
  runtime = join(this.dir, 'run');
  debugFile = join(this.dir, 'orca-debug.log');
  /** Firefox's main process while it runs. */
  browser;
  profile = join(this.dir, 'firefox');
  display = '';
  env = {};
  #stopped = false;

  constructor() {
    for (const d of [this.home, this.runtime, join(this.dir, 'speechd'), this.profile]) mkdirSync(d, {recursive: true});
    chmodSync(this.home, 0o700);
    chmodSync(this.runtime, 0o700);
    // No sound card: speech goes to ALSA's null device (through PulseAudio it stalls after three utterances).
    writeFileSync(join(this.home, '.asoundrc'), 'pcm.!default { type null }\n');
    // speech-dispatcher reads its config, and its modules' configs, from the folder given with -C.
    const speechd = join(this.dir, 'speechd');
    for (const sub of ['clients', 'modules']) if (existsSync(`/etc/speech-dispatcher/${sub}`)) cpSync(`/etc/speech-dispatcher/${sub}`, join(speechd, sub), {recursive: true});
    const system = existsSync('/etc/speech-dispatcher/speechd.conf') ? readFileSync('/etc/speech-dispatcher/speechd.conf', 'utf8') : 'Include "clients/*.conf"';
    const kept = system.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#') && !/^\s*(AudioOutputMethod|DefaultModule)\b/.test(l));
    writeFileSync(join(speechd, 'speechd.conf'), [...kept, 'AudioOutputMethod "alsa"', 'DefaultModule espeak-ng', ''].join('\n'));
    // Orca with its defaults but one: no "say all" when a page loads. Reading the whole page moves
    // Orca's caret, and the first key then puts focus wherever the reading had got to; a visitor
    // would press a key to stop it too, but at a moment no test can pick.
    mkdirSync(join(this.home, '.local/share/orca'), {recursive: true});
    writeFileSync(
      join(this.home, '.local/share/orca/user-settings.conf'),
      JSON.stringify({general: {sayAllOnLoad: false}, profiles: {default: {profile: ['Default', 'default']}}, pronunciations: {}, keybindings: {}}, null, 2),
    );
    // Orca's own hook for user code, read when its settings load. Orca opens its debug file
    // block-buffered, so speech would reach the file seconds late in 8 KB bursts: make it
    // line-buffered. And log at the INFO level, where speech and focus moves are, rather than
    // everything (which costs Orca time on every event). The marker line says it worked.
    writeFileSync(
      join(this.home, '.local/share/orca/orca-customizations.py'),
      [
        '# Written by Attune\'s screen-reader test (scripts/screen-reader/desktop.mjs).',
        'import orca.debug as debug',
        'debug.debugLevel = debug.LEVEL_INFO',
        'if debug.debugFile:',
        '    debug.debugFile.reconfigure(line_buffering=True)',
        `debug.println(debug.LEVEL_SEVERE, '${LOG_READY}', True)`,
        '',
      ].join('\n'),
    );
    cpSync(firefoxPrefs, join(this.profile, 'user.js'));
  }

  /** Starts a process of this run; its output goes to `<dir>/<name>.log`. */
  start(name, command, args = []) {
    const out = openSync(join(this.dir, `${name}.log`), 'a');
    const child = spawn(command, args, {env: this.env, stdio: ['ignore', out, out]});
    child.on('error', () => {});
    return child;
  }

  /** Xvfb, the D-Bus session, the AT-SPI bus, speech-dispatcher and Orca (wait for its speech to know it is up). */
  async up() {
    const n = freeDisplay();
    this.display = `:${n}`;
    this.env = {
      PATH: process.env.PATH,
      LANG: 'C.UTF-8',
      ATTUNE_SCREEN_READER_RUN: this.run,
      HOME: this.home,
      XDG_RUNTIME_DIR: this.runtime,
      XDG_CONFIG_HOME: join(this.home, '.config'),
      XDG_DATA_HOME: join(this.home, '.local/share'),
      XDG_CACHE_HOME: join(this.home, '.cache'),
      DISPLAY: this.display,
      GTK_MODULES: 'gail:atk-bridge',
      GNOME_ACCESSIBILITY: '1',
      NO_AT_BRIDGE: '0',
      MOZ_ENABLE_WAYLAND: '0',
      GTK_USE_PORTAL: '0',
    };
    this.start('xvfb', 'Xvfb', [this.display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset']);
    await until(() => existsSync(`/tmp/.X11-unix/X${n}`), 15000, `Xvfb on ${this.display}`);
    // Everything else lives in one D-Bus session: dbus-run-session's child prints the bus address and
    // stays until its stdin closes, so the bus also ends if this script dies without cleaning up.
    const session = spawn('dbus-run-session', ['--', 'sh', '-c', 'echo "$DBUS_SESSION_BUS_ADDRESS"; exec cat >/dev/null'], {env: this.env, stdio: ['pipe', 'pipe', 'ignore']});
    this.session = session;
    let address = '';
    session.stdout.on('data', (d) => (address += d));
    await until(() => address.includes('\n'), 15000, 'the D-Bus session');
    this.env.DBUS_SESSION_BUS_ADDRESS = address.trim();
    this.start('at-spi-bus-launcher', '/usr/libexec/at-spi-bus-launcher', ['--launch-immediately']);
    await until(
      () => spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress'], {env: this.env}).status === 0,
      15000,
      'the AT-SPI bus',
    );
    spawnSync('gsettings', ['set', 'org.gnome.desktop.a11y.applications', 'screen-reader-enabled', 'true'], {env: this.env, stdio: 'ignore'});
    await this.startSpeech();
  }

  #speechStarts = 0;

  /** speech-dispatcher, then Orca with a new debug file (`this.debugFile`). Resolves once both are started. */
  async startSpeech() {
    const n = ++this.#speechStarts;
    const socket = join(this.runtime, 'speech-dispatcher', 'speechd.sock');
    rmSync(socket, {force: true});
    this.start('speech-dispatcher', 'speech-dispatcher', ['-s', '-t', '0', '-C', join(this.dir, 'speechd')]);
    await until(() => existsSync(socket), 15000, 'speech-dispatcher');
    this.debugFile = join(this.dir, n === 1 ? 'orca-debug.log' : `orca-debug-${n}.log`);
    this.start('orca', 'orca', ['--replace', '--debug-file', this.debugFile]);
  }

  /** Orca stopped responding (it waits on speech-dispatcher forever): kill both, start both again. */
  async restartSpeech() {
    const ours = (pattern) => this.processes().filter((id) => {
      try {
        return pattern.test(readFileSync(`/proc/${id}/cmdline`, 'latin1').replaceAll('\0', ' '));
      } catch {
        return false;
      }
    });
    this.#signal(ours(/\/orca\b|speech-dispatcher|sd_[\w-]+/), 'SIGKILL');
    await until(() => ours(/\/orca\b|speech-dispatcher|sd_[\w-]+/).length === 0, 5000, 'Orca and speech-dispatcher to end').catch(() => {});
    await this.startSpeech();
  }

  /** Starts Firefox ESR on `url` with this run's profile (quitting the one before, if any). */
  async firefox(url) {
    await this.quitFirefox();
    this.browser = this.start('firefox', 'firefox-esr', ['--no-remote', '--new-instance', '--profile', this.profile, url]);
  }

  /** Quits Firefox (SIGTERM, as a session ending would) and waits until it has gone. */
  async quitFirefox() {
    const browser = this.browser;
    this.browser = undefined;
    if (!browser || browser.exitCode !== null || browser.signalCode !== null) return;
    const gone = new Promise((r) => browser.once('exit', r));
    browser.kill('SIGTERM');
    const late = await Promise.race([gone.then(() => false), sleep(15000).then(() => true)]);
    if (late) browser.kill('SIGKILL');
    // Its windows must be gone before the next one is looked for.
    await until(() => !spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], {env: this.env, encoding: 'utf8'}).stdout?.trim(), 10000, 'Firefox windows to close').catch(() => {});
  }

  /** xdotool with this run's display; throws when it fails. */
  xdotool(...args) {
    const r = spawnSync('xdotool', args, {env: this.env, encoding: 'utf8'});
    if (r.status !== 0) throw new Error(`xdotool ${args.join(' ')}: ${r.stderr.trim()}`);
    return r.stdout.trim();
  }

  /** Gives the keyboard to Firefox's main window (there is no window manager to do it). */
  async focusFirefox() {
    const id = await until(
      () => {
        const r = spawnSync('xdotool', ['search', '--onlyvisible', '--class', 'firefox'], {env: this.env, encoding: 'utf8'});
        return r.stdout?.trim().split('\n').filter(Boolean).at(-1);
      },
      60000,
      'the Firefox window',
    );
    this.xdotool('windowfocus', '--sync', id);
    return id;
  }

  /** The ids of every process of this run (by the environment variable), except this one. */
  processes() {
    const marker = `ATTUNE_SCREEN_READER_RUN=${this.run}`;
    const ids = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
      try {
        if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(marker)) ids.push(Number(entry));
      } catch {
        // Gone already, or not ours to read.
      }
    }
    return ids;
  }

  #signal(ids, signal) {
    for (const id of ids) {
      try {
        process.kill(id, signal);
      } catch {
        // Already gone.
      }
    }
  }

  /** Stops every process of this run: SIGTERM, then SIGKILL after `grace` ms. Synchronous when `grace` is 0. */
  async down({grace = 3000, keep = false} = {}) {
    if (this.#stopped) return;
    this.#stopped = true;
    this.session?.stdin?.end();
    this.#signal(this.processes(), 'SIGTERM');
    if (grace) await until(() => this.processes().length === 0, grace, 'processes to end').catch(() => {});
    this.#signal(this.processes(), 'SIGKILL');
    if (!keep) rmSync(this.dir, {recursive: true, force: true, maxRetries: 3});
  }

  /**
   * The same, synchronously (for Ctrl+C and process exit, where nothing else may run meanwhile):
   * SIGTERM, up to `grace` ms for the processes to end, SIGKILL, and the temporary folder removed.
   */
  downNow({grace = 0} = {}) {
    if (this.#stopped) return;
    this.#stopped = true;
    this.session?.stdin?.destroy();
    const pause = new Int32Array(new SharedArrayBuffer(4));
    if (grace) {
      this.#signal(this.processes(), 'SIGTERM');
      for (const end = Date.now() + grace; Date.now() < end && this.processes().length; ) Atomics.wait(pause, 0, 0, 100);
    }
    this.#signal(this.processes(), 'SIGKILL');
    rmSync(this.dir, {recursive: true, force: true});
  }
}
