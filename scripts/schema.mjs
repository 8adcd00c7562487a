// content-pack.schema.json is generated from the rules registerPack() applies
// (src/content/schema.ts), so the published schema and the runtime checks cannot drift apart.
// `node scripts/schema.mjs --write` (run by the build) writes it; the check in `npm test` fails when
// the committed file is stale, validates the shipped packs, and feeds a set of broken packs to both
// ajv and registerPack(): each must reject (or warn about) the same ones.
import {readFileSync, writeFileSync} from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import {runWhenMain} from './cli.mjs';

const file = new URL('../content-pack.schema.json', import.meta.url);

/**
 * The JSON Schema of a rule (see src/content/schema.ts for the rule language). Rules shared by
 * several keys (`named`) and plain texts become `$defs`; notes give descriptions by path.
 */
function toSchema({packRule, patterns, notes, named}) {
  const names = new Map(Object.entries(named).map(([name, rule]) => [rule, name]));
  const described = (path, schema) => (notes[path] ? {description: notes[path], ...schema} : schema);
  const convert = (rule, path) => {
    if (names.has(rule) && path !== names.get(rule)) return described(path, {$ref: `#/$defs/${names.get(rule)}`});
    if (typeof rule === 'string') {
      const source = patterns[rule].source;
      if (rule === 'text') return described(path, {$ref: '#/$defs/text'});
      const choices = /^\^\(([\w|]+)\)\$$/.exec(source);
      if (choices) return described(path, {enum: choices[1].split('|')});
      return described(path, source === '^' ? {type: 'string'} : {type: 'string', pattern: source});
    }
    const entries = `${path}.*`;
    if (Array.isArray(rule)) {
      const [kind, inner, max] = rule;
      if (kind === 'texts') return described(path, {type: 'array', items: {$ref: '#/$defs/text'}, minItems: inner, ...(max ? {maxItems: max} : {})});
      if (kind === 'list') return described(path, {type: 'array', minItems: 1, items: convert(inner, entries)});
      return described(path, {type: 'object', propertyNames: {pattern: patterns.region.source}, additionalProperties: convert(inner, entries)});
    }
    const keys = Object.keys(rule);
    const name = (key) => key.replace(/\?$/, '');
    return described(path, {
      type: 'object',
      required: keys.filter((key) => !key.endsWith('?')),
      properties: Object.fromEntries(keys.map((key) => [name(key), convert(rule[key], path ? `${path}.${name(key)}` : name(key))])),
    });
  };
  const $defs = {text: {type: 'string', minLength: 1, pattern: patterns.text.source}};
  for (const [name, rule] of Object.entries(named)) $defs[name] = convert(rule, name);
  return {...convert(packRule, ''), $defs};
}

async function generate() {
  const rules = await import('../dist/content/schema.js');
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'attune-widgets/content-pack.schema.json',
    title: 'Attune content pack',
    ...toSchema(rules),
  };
  // Short arrays (required keys, enums) on one line, as a person would write them.
  return `${JSON.stringify(schema, null, 2).replace(/\[\n\s+("[^"\n]*",?\s+)*"[^"\n]*"\n\s+\]/g, (list) => JSON.stringify(JSON.parse(list)).replaceAll('","', '", "'))}\n`;
}

export async function checkSchema() {
  const generated = await generate();
  const results = [];
  const record = (name, ok, detail = '') => results.push({name: `schema: ${name}`, ok, detail});
  record('content-pack.schema.json is the one generated from src/content/schema.ts', readFileSync(file, 'utf8') === generated, 'run npm run build');
  const validate = new Ajv({allErrors: true}).compile(JSON.parse(generated));
  const {anxiousAttachmentEn: en} = await import('../dist/content/anxious-attachment.en.js');
  const {anxiousAttachmentEs: es} = await import('../dist/content/anxious-attachment.es.js');
  const {registerPack, packsReady} = await import('../dist/content/registry.js');
  // registerPack() speaks through console.warn/error; count what it says about each pack.
  const quietly = async (pack) => {
    const said = [];
    const {warn, error} = console;
    console.warn = console.error = (message) => said.push(message);
    try {
      registerPack(pack);
      await packsReady();
    } finally {
      Object.assign(console, {warn, error});
    }
    return said;
  };
  const expectValid = async (name, pack) => {
    const ok = validate(pack);
    const said = await quietly(pack);
    record(`${name} is valid, and registerPack() takes it silently`, ok && !said.length, ok ? said.join(' ') : JSON.stringify(validate.errors.slice(0, 3)));
  };
  // ajv's `/sections/signs/items/0/id` is registerPack()'s `sections.signs.items[0].id`.
  const dotted = (pointer) => pointer.replace(/\/(\d+)/g, '[$1]').replace(/^\//, '').replaceAll('/', '.');
  const expectInvalid = async (name, pack, where) => {
    const paths = validate(pack) ? [] : validate.errors.map((e) => `${e.instancePath}${e.params.missingProperty ? `/${e.params.missingProperty}` : ''}${e.params.propertyName ? `/${e.params.propertyName}` : ''}`);
    const said = await quietly(pack);
    const ok = paths.some((p) => p.includes(where)) && said.length === 1 && said[0].includes(dotted(where));
    record(`rejects ${name}, and registerPack() names it`, ok, paths.length ? `${paths[0]} · ${said.join(' ') || 'registerPack() said nothing'}` : 'schema accepted it');
  };
  for (const [name, pack] of [['the English pack', en], ['the Spanish pack', es]]) await expectValid(name, pack);
  const custom = structuredClone(en);
  custom.topic = 'grief';
  custom.sections.signs.items = custom.sections.signs.items.slice(0, 2);
  custom.sections.therapies.items.push({id: 'our-method', title: 'Our own method', text: 'A summary.', session: 'What happens.', helps: 'How it helps.'});
  await expectValid('a practice’s own topic with fewer signs and an extra therapy', custom);
  const broken = async (where, change) => {
    const pack = structuredClone(en);
    pack.locale = 'en-x-schema';
    change(pack);
    await expectInvalid(`${where}`, pack, where);
  };
  await broken('/booking/label', (p) => delete p.booking.label);
  await broken('/sections/signs/items/0/id', (p) => (p.sections.signs.items[0].id = 'has space'));
  await broken('/sections/signs/items/1/id', (p) => (p.sections.signs.items[1].id = 'reassurance:4,abandonment'));
  await broken('/checklist/scale', (p) => (p.checklist.scale = ['Never', 'Always']));
  await broken('/crisis/regions/USA', (p) => (p.crisis.regions.USA = {where: 'x', text: 'y'}));
  await broken('/crisis/regions/US/tel', (p) => (p.crisis.regions.US.tel = 988));
  await broken('/crisis/regions/GB/note', (p) => (p.crisis.regions.GB.note = {text: 'x'}));
  await broken('/crisis/regions/NZ/tel', (p) => (p.crisis.regions.NZ = {where: 'In New Zealand', text: 'call 1737', tel: true}));
  await broken('/sections/signs/items', (p) => (p.sections.signs.items = 'reassurance'));
  await broken('/sections/closing/outro', (p) => (p.sections.closing.outro = 7));
  await broken('/checklist/countLine', (p) => (p.checklist.countLine = 3));
  await broken('/dir', (p) => (p.dir = {rtl: true}));
  return results;
}

if (process.argv.includes('--write')) writeFileSync(file, await generate());
else await runWhenMain(import.meta.url, () => checkSchema());
