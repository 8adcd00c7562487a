// npm run test:screen-reader — what a real screen reader says. Orca 43 and Firefox ESR under Xvfb,
// driven only by the keyboard (xdotool), as a blind visitor would; the assertions are on Orca's
// speech as its debug log records it (`SPEECH OUTPUT: '…'`). The pages are small fixtures in
// test/screen-reader/ that load the built dist/attune.js by one script tag: run `npm run build` first.
//
// Installs the Debian packages it needs when missing (as root), writes one transcript per flow to
// docs/screen-reader/<flow>.md, keeps Orca's debug log and the processes' output in
// .test-results/screen-reader/, and returns [{name, ok, detail}] like the other check scripts.
import {copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Desktop, LOG_READY, ensurePackages, until, version} from './screen-reader/desktop.mjs';
import {SpeechLog, waitForSpeech} from './screen-reader/speech.mjs';
import {transcript, keyName} from './screen-reader/transcript.mjs';
import {serve} from './harness.mjs';
import {runWhenMain} from './cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** One run must stay well under five minutes; past this, the remaining flows are skipped. */
const BUDGET_MS = 240_000;

const label = (text) => `screen reader: ${text}`;

export async function checkScreenReader({log = (m) => console.error(m)} = {}) {
  const results = [];
  const record = (name, ok, detail = '') => results.push({name: label(name), ok: Boolean(ok), detail});
  const started = Date.now();

  if (!existsSync(`${root}/dist/attune.js`) || !existsSync(`${root}/dist/content/anxious-attachment.en.js`)) {
    record('the build is there', false, 'dist/attune.js is missing: run `npm run build` first');
    return results;
  }
  try {
    const {installed, seconds} = ensurePackages(log);
    record('Orca, speech-dispatcher, espeak-ng, Firefox ESR, Xvfb and xdotool are installed', true, installed.length ? `installed ${installed.join(' ')} in ${seconds} s` : '');
  } catch (error) {
    record('Orca, speech-dispatcher, espeak-ng, Firefox ESR, Xvfb and xdotool are installed', false, error.message);
    return results;
  }
  const {flows} = await import('../test/screen-reader/flows.mjs');
  const about = `Orca ${version('orca')} with Firefox ESR ${version('firefox-esr')} and speech-dispatcher ${version('speech-dispatcher')} (espeak-ng) under Xvfb, keys sent with xdotool; Orca's default settings except one, no “say all” when a page loads.`;

  const desktop = new Desktop();
  const server = await serve({port: 0});
  const {origin} = server;
  let speech;
  // Ctrl+C or a kill: stop everything this run started, at once and synchronously (so that the
  // flow in progress cannot carry on against a desktop that is going away), then leave.
  const onSignal = (signal) => {
    log(`screen reader: ${signal}: stopping Orca, Firefox and the rest`);
    desktop.downNow({grace: 2000});
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  const onExit = () => desktop.downNow();
  process.on('exit', onExit);

  /** Waits for Orca's first words in its new debug file, and for the file to be line-buffered. */
  const orcaUp = async () => {
    speech?.close();
    speech = new SpeechLog(desktop.debugFile, [LOG_READY]);
    await until(() => speech.since().some((t) => /screen reader on/i.test(t)), 60000, 'Orca to say "Screen reader on"');
    if (!speech.has(LOG_READY)) throw new Error(`Orca did not run its customizations (no "${LOG_READY}" in its log): its speech would reach the log late`);
  };
  class OrcaHung extends Error {}
  const key = (keys) => desktop.xdotool('key', '--delay', '0', keys);
  /**
   * Waits for the page titled `title` to finish loading, then for Orca's page summary and its
   * reading of the first line: the fixture's h1, which repeats the title ("… heading level 1").
   */
  const loaded = async (mark, title) => {
    const finished = (t) => t.findIndex((u) => u.startsWith(`Finished loading ${title}`));
    await until(
      () => {
        // While Firefox starts, a working Orca logs all the time; twenty silent seconds mean it hangs.
        if (speech.idleFor > 20000) throw new OrcaHung(`Orca wrote nothing to its log for 20 s while "${title}" loaded`);
        return finished(speech.since(mark)) >= 0;
      },
      45000,
      `Orca to say "Finished loading ${title}"`,
    );
    const read = ({texts: t}) => t.slice(finished(t)).some((u) => /^Page has\b/.test(u)) && t.slice(finished(t)).some((u) => u.startsWith(`${title} heading level 1`));
    const {texts} = await waitForSpeech(speech, mark, {done: read, timeout: 6000, quiet: 600});
    return texts.slice(finished(texts));
  };

  /** One flow in a fresh Firefox: the page loads, then each step's key and what Orca said after it. */
  const runFlow = async (flow) => {
    const t0 = Date.now();
    const mark = speech.mark();
    await desktop.firefox(`${origin}/test/screen-reader/${flow.page}`);
    const t1 = Date.now();
    await desktop.focusFirefox();
    const steps = [{keys: null, texts: await loaded(mark, flow.pageTitle), checks: []}];
    const t2 = Date.now();
    for (const step of flow.steps) {
      const before = speech.mark();
      key(step.keys);
      const done = (heard) => (step.checks.length ? step.checks.every((c) => c.test(heard)) : heard.texts.length > 0);
      const heard = await waitForSpeech(speech, before, {done, timeout: step.timeout ?? 5000});
      if (heard.silent) throw new OrcaHung(`Orca wrote nothing to its log for ${(step.timeout ?? 5000) / 1000} s after ${keyName(step.keys)} (step ${steps.length})`);
      const {texts, moves} = heard;
      const checks = step.checks.map((c) => ({name: c.name, expect: c.expect, ok: c.test(heard), said: texts}));
      // A focus move Orca did not speak (its name is nowhere in what it said) is worth showing.
      const last = moves.at(-1);
      const silent = last && !last.notify && last.name && !texts.some((t) => t.includes(last.name)) ? last : undefined;
      steps.push({keys: step.keys, texts, checks, silent});
    }
    const s = (a, b) => ((b - a) / 1000).toFixed(1);
    log(`screen reader: ${flow.id}: Firefox ${s(t0, t1)} s to quit and start, page ${s(t1, t2)} s, ${flow.steps.length} keys ${s(t2, Date.now())} s`);
    return steps;
  };

  let keys = 0;
  let restarts = 0;
  try {
    await desktop.up();
    await orcaUp();
    record('Orca starts and speaks', true, `${Math.round((Date.now() - started) / 1000)} s after the start`);
    for (const flow of flows()) {
      if (Date.now() - started > BUDGET_MS) {
        record(`${flow.id}: run`, false, `skipped: the run passed ${BUDGET_MS / 1000} s`);
        continue;
      }
      let steps;
      let retried = '';
      for (let attempt = 1; !steps; attempt++) {
        try {
          steps = await runFlow(flow);
        } catch (error) {
          // Orca (or the speech-dispatcher it waits on) can hang for good; that says nothing about
          // the page. Start both again and run the flow once more, and say so.
          if (!(error instanceof OrcaHung) || attempt > 1) {
            const detail = `${error.message}; Orca's last words: ${speech.since().slice(-6).map((t) => `"${t}"`).join(' ')}`;
            record(`${flow.id}: the flow runs`, false, detail);
            // No stale transcript from an earlier run may stand in for this one.
            mkdirSync(`${root}/docs/screen-reader`, {recursive: true});
            writeFileSync(`${root}/docs/screen-reader/${flow.id}.md`, `# What Orca says: ${flow.title}\n\nThe last run could not go through this flow: ${detail}\n`);
            break;
          }
          restarts++;
          retried = ` (run twice: ${error.message}, so Orca and speech-dispatcher were restarted)`;
          log(`screen reader: ${flow.id}: ${error.message}; restarting Orca and speech-dispatcher`);
          await desktop.quitFirefox();
          await desktop.restartSpeech();
          await orcaUp();
        }
      }
      if (!steps) continue;
      for (const step of steps.slice(1)) {
        keys++;
        for (const c of step.checks) {
          const said = c.said.length ? c.said.map((t) => `"${t}"`).join(' ') : 'nothing';
          record(`${flow.id}: ${c.name}`, c.ok, c.ok ? '' : `expected ${c.expect} after ${keyName(step.keys)}; Orca said: ${said}${retried}`);
        }
      }
      // Not a failure of the page, but never hidden: a restart is in the results and the run's last line.
      if (retried) record(`${flow.id}: Orca hung once and was restarted; the flow ran again`, true, retried.trim().slice(1, -1));
      mkdirSync(`${root}/docs/screen-reader`, {recursive: true});
      writeFileSync(`${root}/docs/screen-reader/${flow.id}.md`, transcript(flow, steps, about));
    }
  } catch (error) {
    record('the session runs', false, error.message);
  } finally {
    speech?.close();
    server.close();
    // Keep what helps to understand a failure: Orca's debug log and each process's output.
    const keep = `${root}/.test-results/screen-reader`;
    rmSync(keep, {recursive: true, force: true});
    mkdirSync(keep, {recursive: true});
    await desktop.down({keep: true});
    for (const f of readdirSync(desktop.dir)) if (/\.(log|out)$/.test(f)) copyFileSync(`${desktop.dir}/${f}`, `${keep}/${f}`);
    rmSync(desktop.dir, {recursive: true, force: true});
    for (const s of signals) process.off(s, onSignal);
    process.off('exit', onExit);
  }
  const left = desktop.processes();
  record('every process it started has ended', left.length === 0, left.length ? `still running: ${left.join(', ')}` : '');
  const seconds = Math.round((Date.now() - started) / 1000);
  record('one run stays under 5 minutes', seconds < 300, `${seconds} s, ${keys} keys pressed${restarts ? `, Orca restarted ${restarts} time(s)` : ''}; transcripts in docs/screen-reader/`);
  return results;
}

await runWhenMain(import.meta.url, () => checkScreenReader());
