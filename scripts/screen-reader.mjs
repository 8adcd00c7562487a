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
import {Desktop, ensurePackages, until, version} from './screen-reader/desktop.mjs';
import {SpeechLog, waitForSpeech} from './screen-reader/speech.mjs';
import {transcript, keyName} from './screen-reader/transcript.mjs';
import {serve} from './serve.mjs';
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
  const {flows} = await import('./screen-reader/flows.mjs');
  const about = `Orca ${version('orca')} with Firefox ESR ${version('firefox-esr')} and speech-dispatcher ${version('speech-dispatcher')} (espeak-ng) under Xvfb, keys sent with xdotool.`;

  const desktop = new Desktop();
  const server = await serve({port: 0});
  const origin = `http://127.0.0.1:${server.address().port}`;
  const speech = new SpeechLog(desktop.debugFile);
  // Ctrl+C or a kill: stop everything this run started, then leave.
  let interrupted = false;
  const onSignal = (signal) => {
    if (interrupted) return;
    interrupted = true;
    log(`screen reader: ${signal}, stopping Orca, Firefox and the rest…`);
    server.close();
    desktop.down({grace: 1500}).finally(() => process.exit(130));
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, onSignal);
  const onExit = () => desktop.downNow();
  process.on('exit', onExit);

  const key = (keys) => desktop.xdotool('key', '--delay', '0', keys);
  /** Waits for the page titled `title` to finish loading and for Orca's page summary after it. */
  const loaded = async (mark, title) => {
    const finished = (t) => t.findIndex((u) => u.startsWith(`Finished loading ${title}`));
    await until(() => finished(speech.since(mark)) >= 0, 60000, `Orca to say "Finished loading ${title}"`);
    const {texts} = await waitForSpeech(speech, mark, {done: ({texts: t}) => t.slice(finished(t)).some((u) => /^Page has\b/.test(u)), timeout: 4000, quiet: 1000});
    return texts.slice(finished(texts));
  };

  let allSteps = 0;
  try {
    await desktop.up();
    await until(() => speech.since().some((t) => /screen reader on/i.test(t)), 60000, 'Orca to say "Screen reader on"');
    record('Orca starts and speaks', true, `${Math.round((Date.now() - started) / 1000)} s after the start`);
    const list = flows();
    for (const [i, flow] of list.entries()) {
      if (Date.now() - started > BUDGET_MS) {
        record(`${flow.id}: run`, false, `skipped: the run passed ${BUDGET_MS / 1000} s`);
        continue;
      }
      const url = `${origin}/test/screen-reader/${flow.page}`;
      const mark = speech.mark();
      if (i === 0) {
        desktop.firefox(url);
        await desktop.focusFirefox();
      } else {
        // To the next page as a visitor would: the address bar, the address, Enter.
        key('ctrl+l');
        await waitForSpeech(speech, mark, {timeout: 3000, quiet: 400});
        desktop.xdotool('type', '--delay', '10', url);
        key('Return');
      }
      const steps = [];
      try {
        steps.push({keys: null, texts: await loaded(mark, flow.pageTitle), checks: []});
      } catch (error) {
        record(`${flow.id}: the page loads`, false, `${error.message}; Orca said: ${speech.since(mark).slice(-8).join(' | ')}`);
        continue;
      }
      for (const step of flow.steps) {
        const before = speech.mark();
        key(step.keys);
        const done = (heard) => (step.checks.length ? step.checks.every((c) => c.test(heard)) : heard.texts.length > 0);
        const heard = await waitForSpeech(speech, before, {done, timeout: step.timeout ?? 5000});
        const {texts, moves} = heard;
        const checks = step.checks.map((c) => ({name: c.name, expect: c.expect, ok: c.test(heard)}));
        for (const c of checks) {
          record(`${flow.id}: ${c.name}`, c.ok, c.ok ? '' : `expected ${c.expect} after ${keyName(step.keys)}; Orca said: ${texts.length ? texts.map((t) => `"${t}"`).join(' ') : 'nothing'}`);
        }
        // A focus move Orca did not speak (its name is nowhere in what it said) is worth showing.
        const last = moves.at(-1);
        const silent = last && !last.notify && last.name && !texts.some((t) => t.includes(last.name)) ? last : undefined;
        steps.push({keys: step.keys, texts, checks, silent});
        allSteps++;
      }
      mkdirSync(`${root}/docs/screen-reader`, {recursive: true});
      writeFileSync(`${root}/docs/screen-reader/${flow.id}.md`, transcript(flow, steps, about));
    }
  } catch (error) {
    record('the session runs', false, error.message);
  } finally {
    speech.close();
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
  record('one run stays under 5 minutes', seconds < 300, `${seconds} s, ${allSteps} key presses; transcripts in docs/screen-reader/`);
  return results;
}

await runWhenMain(import.meta.url, () => checkScreenReader());
