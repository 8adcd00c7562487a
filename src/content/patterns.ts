// The patterns texts, ids and codes of content packs and attributes must match (see ./schema.ts).

/** Each kind of text and the pattern it must match. */
export const patterns = {
  /** Shown to visitors: anything but blank. */
  text: /\S/,
  /** Shown after other text, may be blank. */
  words: /^/,
  /** Stable id used in attributes and form values: letters, digits, `-` and `_`. */
  id: /^[\w-]+$/,
  /** Digits, spaces and `+`, for a `tel:` link. */
  tel: /^[0-9+ ]+$/,
  dir: /^(ltr|rtl)$/,
  topic: /^[A-Za-z0-9-]+$/,
  locale: /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
  region: /^[A-Z]{2}$/,
};
