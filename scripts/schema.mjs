// The JSON Schema of content packs (content-pack.schema.json) accepts the packs we ship and
// rejects broken ones, with messages that say where. Runs on the built dist/content files.
import {readFileSync} from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import {runWhenMain} from './cli.mjs';

export async function checkSchema() {
  const schema = JSON.parse(readFileSync(new URL('../content-pack.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv({allErrors: true}).compile(schema);
  const {anxiousAttachmentEn: en} = await import('../dist/content/anxious-attachment.en.js');
  const {anxiousAttachmentEs: es} = await import('../dist/content/anxious-attachment.es.js');
  const results = [];
  const expectValid = (name, pack) => {
    const ok = validate(pack);
    results.push({name: `schema: ${name} is valid`, ok, detail: ok ? '' : JSON.stringify(validate.errors.slice(0, 3))});
  };
  const expectInvalid = (name, pack, where) => {
    const ok = !validate(pack) && validate.errors.some((e) => e.instancePath.includes(where) || JSON.stringify(e.params).includes(where));
    results.push({name: `schema: rejects ${name}`, ok, detail: ok ? `${validate.errors[0].instancePath} ${validate.errors[0].message}` : 'accepted'});
  };
  expectValid('the English pack', en);
  expectValid('the Spanish pack', es);
  const custom = structuredClone(en);
  custom.topic = 'grief';
  custom.sections.signs.items = custom.sections.signs.items.slice(0, 2);
  custom.sections.therapies.items.push({id: 'our-method', title: 'Our own method', text: 'A summary.', session: 'What happens.', helps: 'How it helps.'});
  expectValid('a practice’s own topic with fewer signs and an extra therapy', custom);
  const missing = structuredClone(en);
  delete missing.booking.label;
  expectInvalid('a missing text (booking.label)', missing, 'label');
  const badId = structuredClone(en);
  badId.sections.signs.items[0].id = 'has space';
  expectInvalid('an id with a space', badId, '/sections/signs/items/0/id');
  const badScale = structuredClone(en);
  badScale.checklist.scale = ['Never', 'Always'];
  expectInvalid('a scale without five answers', badScale, '/checklist/scale');
  const badRegion = structuredClone(en);
  badRegion.crisis.regions.USA = {where: 'x', text: 'y'};
  expectInvalid('a three-letter region', badRegion, 'USA');
  return results;
}

await runWhenMain(import.meta.url, () => checkSchema());
