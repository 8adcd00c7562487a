// The flows a blind visitor goes through, by keyboard only, and what Orca must say at each step.
// Every expected text comes from the built English content pack (dist/content/), so a change of
// wording changes the expectation with it instead of breaking the test silently.
import {readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);
const {anxiousAttachmentEn: pack} = await import(new URL('dist/content/anxious-attachment.en.js', root));
const {format, crisisLine} = await import(new URL('dist/content/registry.js', root));

/** A fixture page's text, for the attributes the flows depend on (title, region, practice name). */
const fixture = (page) => readFileSync(new URL(`test/screen-reader/${page}`, root), 'utf8');
const attribute = (html, name) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1];

const squash = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const joined = (texts) => squash(texts.join(' '));
const quote = (s) => `"${s}"`;

// Checks on what Orca said during one step. Each is {name, expect, test({texts, moves})}: `texts`
// are the utterances, `moves` where Orca's focus went ({role, name, notify}).
/** Says `text` (case and spacing aside). */
export const says = (name, text) => ({name, expect: quote(text), test: ({texts}) => joined(texts).includes(squash(text))});
/** Says each of `parts`, in this order. */
export const saysInOrder = (name, parts) => ({
  name,
  expect: parts.map(quote).join(' … '),
  test: ({texts}) => {
    const all = joined(texts);
    let at = 0;
    for (const part of parts) {
      const i = all.indexOf(squash(part), at);
      if (i < 0) return false;
      at = i + squash(part).length;
    }
    return true;
  },
});
/** An utterance matches `pattern`. */
export const saysMatch = (name, pattern, expect = String(pattern)) => ({name, expect, test: ({texts}) => texts.some((u) => pattern.test(u))});
/** Says `fragment` exactly once in the utterance(s) that contain `within`. */
export const saysOnce = (name, within, fragment) => ({
  name,
  expect: `${quote(within)} with ${quote(fragment)} once`,
  test: ({texts}) => {
    const text = texts.filter((u) => squash(u).includes(squash(within))).join(' ');
    return text !== '' && squash(text).split(squash(fragment)).length - 1 === 1;
  },
});

/** Says `fragment` exactly `times` times, counting from the utterance that has `from` in it to the step's end. */
export const saysTimes = (name, fragment, times, from) => ({
  name,
  expect: `${quote(fragment)} ${times === 1 ? 'once' : `${times} times`} from ${quote(from)} on`,
  test: ({texts}) => {
    const start = texts.findIndex((u) => squash(u).includes(squash(from)));
    return start >= 0 && joined(texts.slice(start)).split(squash(fragment)).length - 1 === times;
  },
});
/** Orca's focus ends on an object with this role whose name has `accName` in it (said aloud or not). */
export const focusOn = (name, role, accName) => ({
  name,
  expect: `Orca's focus on a ${role} named ${quote(accName)}`,
  test: ({moves}) => moves.at(-1)?.role === role && squash(moves.at(-1)?.name ?? '').includes(squash(accName)),
});

/** Orca+A: Orca's key (Insert, in the desktop layout) and A, which toggles browse and focus mode. */
export const ORCA_A = 'Insert+a';

/** Orca's words for a checkbox's states and a ticked box ("checked", not "not checked"). */
const checked = /(?<!not )\bchecked\b/i;
const selected = /(?<!not )\bselected\b/i;

export function flows() {
  const c = pack.checklist;
  const signs = pack.sections.signs.items;
  const band = (count, total) => (count / total < 1 / 3 ? c.bands.few : count / total < 2 / 3 ? c.bands.some : c.bands.many);
  /** The whole reflection, in reading order: heading, count, band, not-a-diagnosis line, crisis line. */
  const reflection = (countLine, count, total, region) => {
    const line = crisisLine(pack, region);
    return [
      saysInOrder('the whole reflection is read, in order', [
        c.resultHeading,
        format(countLine, {count, total}),
        band(count, total),
        c.disclaimer,
        pack.crisis.heading,
        line.where,
        line.text,
        ...(line.note ? [line.note] : []),
      ]),
      says('the reflection says it is not a diagnosis', c.disclaimer),
      saysTimes('the reflection is announced once, not twice', c.disclaimer, 1, c.resultHeading),
      saysInOrder(`the reflection gives the crisis line for ${region}`, [pack.crisis.heading, line.where, line.text]),
    ];
  };

  const check = fixture('checklist-check.html');
  const checkRegion = attribute(check, 'region');
  const rate = fixture('checklist-rate.html');
  const rateRegion = attribute(rate, 'region');
  const card = fixture('therapy-card.html');
  const therapy = pack.sections.therapies.items.find((t) => t.id === attribute(card, 'therapy'));
  const explainer = fixture('explainer.html');
  const section = pack.sections[attribute(explainer, 'section')];
  const booking = fixture('booking-dialog.html');
  const b = pack.booking;
  const dialogTitle = format(b.dialogTitle, {practice: attribute(booking, 'practice-name')});
  const framed = /<button[^>]*>([^<]*)<\/button>/.exec(fixture('booking-page.html'))[1];
  const total = signs.length;

  return [
    {
      id: 'checklist-check',
      title: 'The checklist in check mode',
      page: 'checklist-check.html',
      steps: [
        {
          keys: 'Tab',
          checks: [
            says('entering the list says its legend', c.legend),
            says('the first statement: name, role and state', `${signs[0].title} check box not checked`),
            says('the first statement’s hint is read', signs[0].text),
          ],
        },
        {
          keys: 'space',
          checks: [saysMatch('ticking it says "checked"', checked, '"checked"'), says('the progress line is announced', format(c.checkProgress, {answered: 1, total}))],
        },
        {keys: 'Tab', checks: [says('the second statement: name and state', `${signs[1].title} check box not checked`)]},
        {keys: 'Tab', checks: [says('the third statement: name and state', `${signs[2].title} check box not checked`)]},
        {
          keys: 'space',
          checks: [saysMatch('ticking the third says "checked"', checked, '"checked"'), says('the progress line counts two', format(c.checkProgress, {answered: 2, total}))],
        },
        {keys: 'shift+Tab', checks: [says('Shift+Tab back: the second is still not checked', `${signs[1].title} check box not checked`)]},
        {keys: 'Tab', checks: [says('Tab again: the third is checked', `${signs[2].title} check box checked`)]},
        ...signs.slice(3).map((s) => ({keys: 'Tab', checks: [says(`"${s.title}": name and state`, `${s.title} check box not checked`)]})),
        {keys: 'Tab', checks: [says('"Show my reflection" is a button', `${c.show} push button`)]},
        {keys: 'Return', checks: reflection(c.countLine, 2, total, checkRegion)},
        {keys: 'Tab', checks: [says('"Clear my answers" is a button', `${c.clear} push button`)]},
        {keys: 'Tab', checks: [says('the crisis line is a link', crisisLine(pack, checkRegion).text)]},
        {keys: 'Tab', checks: [says('"Copy summary" is a button', `${c.copy} push button`)]},
        {keys: 'Return', checks: [says('"Summary copied" is announced', c.copied)]},
      ],
    },
    {
      id: 'checklist-rate',
      title: 'The checklist in rate mode',
      page: 'checklist-rate.html',
      steps: [
        {
          keys: 'Tab',
          checks: [
            says('entering says the question', c.rateLegend),
            saysInOrder('the first statement’s group, then its first answer and state', [signs[0].title, `${c.scale[0]}`, 'not selected radio button']),
            says('the first statement’s hint is read', signs[0].text),
          ],
        },
        // Browse mode would take the arrow keys to read on: switch to focus mode, as a visitor would.
        {keys: ORCA_A, checks: [says('Orca+A switches to focus mode', 'Focus mode')]},
        {
          keys: 'Down',
          checks: [
            saysInOrder('Down selects the next answer', [c.scale[1], 'radio button']),
            saysMatch('and says it is selected', selected, '"selected"'),
            says('the progress line is announced when the visitor pauses', format(c.progress, {answered: 1, total})),
          ],
        },
        {keys: 'Down', checks: [says('Down again', c.scale[2])]},
        {keys: 'Down', checks: [says('Down again: "Often"', c.scale[3])]},
        {
          keys: 'Tab',
          checks: [
            saysInOrder('the second statement’s group, its first answer and state', [signs[1].title, c.scale[0], 'not selected radio button']),
            says('the second statement’s hint is read', signs[1].text),
          ],
        },
        {keys: 'space', checks: [saysMatch('Space selects "Never"', selected, '"selected"'), says('the progress line counts two', format(c.progress, {answered: 2, total}))]},
        ...signs.slice(2).map((s) => ({keys: 'Tab', checks: [saysInOrder(`"${s.title}": group and first answer`, [s.title, c.scale[0], 'not selected radio button']), says(`"${s.title}": its hint`, s.text)]})),
        {keys: 'Tab', checks: [says('"Show my reflection" is a button', `${c.show} push button`)]},
        {keys: 'Return', checks: reflection(c.rateCountLine, 1, total, rateRegion)},
      ],
    },
    {
      id: 'therapy-card',
      title: 'A therapy card’s “What to expect”',
      page: 'therapy-card.html',
      steps: [
        {keys: 'Tab', checks: [says('the disclosure names the therapy', `${pack.cards.more} (${therapy.title})`), saysMatch('and says it is collapsed', /\bcollapsed\b/i, '"collapsed"')]},
        {keys: 'Return', checks: [saysMatch('Return opens it: "expanded"', /\bexpanded\b/i, '"expanded"')]},
        // Orca went to focus mode on the toggle; back to browse mode to read what opened.
        {keys: ORCA_A, checks: [says('Orca+A switches to browse mode', 'Browse mode')]},
        {keys: 'Down', checks: [says('Down reads what opened', pack.cards.session)]},
        {keys: 'Up', checks: [says('Up: back on the disclosure', pack.cards.more), saysMatch('still expanded', /\bexpanded\b/i, '"expanded"')]},
        {keys: 'Return', checks: [saysMatch('Return closes it: "collapsed"', /\bcollapsed\b/i, '"collapsed"')]},
      ],
    },
    {
      id: 'explainer',
      title: 'A collapsible explainer section',
      page: 'explainer.html',
      steps: [
        {keys: 'Tab', checks: [says('the toggle is named by the heading', section.heading), saysMatch('and says it is collapsed', /\bcollapsed\b/i, '"collapsed"')]},
        {keys: 'Return', checks: [saysMatch('Return opens it: "expanded"', /\bexpanded\b/i, '"expanded"')]},
        {keys: ORCA_A, checks: [says('Orca+A switches to browse mode', 'Browse mode')]},
        {keys: 'Down', checks: [says('Down reads the first words of the section', section.intro[0].split(' ').slice(0, 4).join(' '))]},
      ],
    },
    {
      id: 'booking-dialog',
      title: 'The booking dialog',
      page: 'booking-dialog.html',
      steps: [
        {
          keys: 'Tab',
          checks: [
            saysInOrder('the trigger: name and role (a link, so it works before and without the script)', [b.label, 'link']),
            saysMatch('the trigger says it opens a dialog', /dialog|pop-?up|pop up/i, '"dialog" or "popup"'),
            saysTimes('and says "dialog" only once', 'dialog', 1, b.label),
          ],
        },
        {keys: 'Return', checks: [says('opening says the dialog’s name', dialogTitle), says('focus is on Close', `${b.close} push button`)]},
        {keys: 'Escape', checks: [saysInOrder('Escape closes it; focus is back on the trigger', [b.label, 'link'])]},
        {keys: 'Return', checks: [says('reopened: the dialog’s name', dialogTitle)]},
        {
          keys: 'Tab',
          checks: [says('the new-tab link: name and role', `${b.newTab}`), saysOnce('"new tab" is said once in its name', b.newTab, 'new tab')],
        },
        // Into the booking page's frame and back out: Shift+Tab must always reach Close.
        {keys: 'Tab', timeout: 2500, checks: [focusOn('Tab enters the booking page’s frame', 'push button', framed)]},
        {keys: 'shift+Tab', timeout: 2500, checks: [focusOn('Shift+Tab leaves the frame to the new-tab link', 'link', b.newTab)]},
        {keys: 'shift+Tab', checks: [says('Shift+Tab reaches Close', `${b.close} push button`)]},
        {keys: 'Return', checks: [saysInOrder('the Close button closes it; focus is back on the trigger', [b.label, 'link'])]},
      ],
    },
  ].map((flow) => ({...flow, pageTitle: /<title>([^<]*)<\/title>/.exec(fixture(flow.page))[1]}));
}

export {pack};
