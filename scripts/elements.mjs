// The list of elements (elements.json), for the scripts: every element, and every entry point once
// with the tags it registers.
import {readFileSync} from 'node:fs';

export const {elements, files} = JSON.parse(readFileSync(new URL('../elements.json', import.meta.url), 'utf8'));
export const entries = [...new Set(elements.map((e) => e.entry))].map((entry) => {
  const own = elements.filter((e) => e.entry === entry);
  return {entry, budget: Math.max(...own.map((e) => e.budget)), tags: own.map((e) => e.tag), texts: [...new Set(own.flatMap((e) => e.texts))]};
});
