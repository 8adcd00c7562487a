// One Markdown transcript per flow: the keys pressed and what Orca said after each, so a reviewer
// can read what a blind visitor hears. No times in it: a new run changes the file only when the
// speech changes.
const KEY_NAMES = {Tab: 'Tab', 'shift+Tab': 'Shift+Tab', space: 'Space', Return: 'Enter', Escape: 'Escape', Down: 'Down arrow', Up: 'Up arrow', 'Insert+a': 'Orca+A (Insert+A)'};
export const keyName = (keys) => KEY_NAMES[keys] ?? keys;

const escape = (s) => s.replace(/([\\`*_<>[\]|#])/g, '\\$1');

/**
 * `flow`: {id, title, page}; `steps`: [{keys, texts, checks: [{name, ok, expect}]}] where the first
 * step (keys null) is the page load; `about`: the versions line.
 */
export function transcript(flow, steps, about) {
  const out = [
    `# What Orca says: ${flow.title.charAt(0).toLowerCase()}${flow.title.slice(1)}`,
    '',
    `${about} Page: [\`test/screen-reader/${flow.page}\`](../../test/screen-reader/${flow.page}), which loads the built \`dist/attune.js\` by one script tag.`,
    '',
    'Written by `npm run test:screen-reader` (do not edit by hand). Each step is the key pressed and every utterance Orca sent to speech until it fell quiet, key echo left out; ✓ and ✗ are the checks on that step.',
    '',
  ];
  steps.forEach((step, i) => {
    out.push(`## ${i}. ${step.keys ? keyName(step.keys) : 'The page loads'}`, '');
    if (step.texts.length) for (const t of step.texts) out.push(`> ${escape(t) || '(empty)'}  `);
    else out.push('_(Orca said nothing)_');
    out.push('');
    if (step.silent) out.push(`_(Orca's focus moved to ${escape(step.silent.role)} “${escape(step.silent.name)}” without a word.)_`, '');
    for (const c of step.checks) out.push(`- ${c.ok ? '✓' : '✗'} ${escape(c.name)}${c.ok ? '' : ` — expected ${escape(c.expect)}`}`);
    if (step.checks.length) out.push('');
  });
  const failed = steps.flatMap((s) => s.checks).filter((c) => !c.ok).length;
  const total = steps.flatMap((s) => s.checks).length;
  out.push(`**${total - failed} of ${total} checks passed.**`, '');
  return out.join('\n');
}
