/**
 * The shape of a content pack: every text a widget shows for one topic in one locale.
 * A pack is plain data (JSON-safe), so a site can register its own with `registerPack()`.
 */

/** One entry of a list: a short title and a sentence or two. */
export interface ContentItem {
  /** Stable id, used in attributes such as `therapies="cbt,eft"`. Lowercase, no spaces. */
  id: string;
  title: string;
  text: string;
}

/** A therapy approach, as explained by the therapy cards. `text` is its one-line summary. */
export interface TherapyItem extends ContentItem {
  /** What a session usually involves. */
  session: string;
  /** How it helps with the topic. */
  helps: string;
}

/** A section of the explainer: a heading, paragraphs, an optional list and closing paragraphs. */
export interface ContentSection<I extends ContentItem = ContentItem> {
  heading: string;
  intro?: readonly string[];
  items?: readonly I[];
  outro?: readonly string[];
}

/** A crisis resource shown beside every checklist reflection. */
export interface CrisisLine {
  /** Who it is for, e.g. "In the US and Canada". */
  where: string;
  /** What to do, e.g. "call or text 988". */
  text: string;
  /** Optional phone number for a `tel:` link on `text` (digits and spaces). */
  tel?: string;
  /** Optional words after the link, e.g. "; in an emergency, call 911". */
  note?: string;
}

export interface ContentPack {
  /** Topic id, e.g. `anxious-attachment`. */
  topic: string;
  /** BCP 47 language tag, e.g. `en`, `es`, `en-GB`. */
  locale: string;
  /** Writing direction of the pack's language. Default `ltr`. */
  dir?: 'ltr' | 'rtl';
  /** The topic's name, for headings and labels. */
  title: string;
  sections: {
    'what-is': ContentSection;
    signs: ContentSection;
    origins: ContentSection;
    therapies: ContentSection<TherapyItem>;
    benefits: ContentSection;
    closing: ContentSection;
  };
  booking: {
    heading: string;
    text: string;
    label: string;
    /** `{practice}` is replaced by the practice's name. */
    dialogTitle: string;
    newTab: string;
    close: string;
  };
  checklist: {
    heading: string;
    intro: string;
    /** Shown instead of `intro` when the checklist is part of a form (has a `name`). */
    introForm: string;
    /** Legend of the check-mode list. */
    legend: string;
    /** Legend of the rate-mode statements. */
    rateLegend: string;
    /** Rate mode's answers, from never to always. */
    scale: readonly [string, string, string, string, string];
    /** Rate mode. `{answered}` and `{total}` are replaced. */
    progress: string;
    /** Check mode. `{answered}` and `{total}` are replaced. */
    checkProgress: string;
    show: string;
    clear: string;
    copy: string;
    copied: string;
    resultHeading: string;
    /** Check mode. `{count}` and `{total}` are replaced. */
    countLine: string;
    /** Rate mode: how many were rated often or always. `{count}` and `{total}` are replaced. */
    rateCountLine: string;
    bands: {few: string; some: string; many: string};
    disclaimer: string;
    /** Validation message when `required` and a statement is not rated (rate mode). */
    required: string;
    /** Shown in pre-rendered HTML until the script runs (and if it never does): the reflection needs it. */
    needsScript: string;
  };
  /** The therapy cards' own texts. */
  cards: {
    /** The disclosure that opens a card's details. */
    more: string;
    /** Label of what a session involves. */
    session: string;
    /** Label of how the approach helps. */
    helps: string;
    /** The card's booking link. `{therapy}` is replaced by the therapy's name. */
    ask: string;
  };
  /** Crisis lines by ISO 3166 region code in capitals (`US`, `GB`…), plus `default` for everywhere else. */
  crisis: { heading: string; regions: Record<string, CrisisLine>; default: CrisisLine };
  /** Small interface strings shared by several widgets. */
  ui: {
    /** Read to screen readers after a link that opens a new tab. */
    newTabHint: string;
    /** Shown while an embedded page loads. */
    loading: string;
  };
}

/** The section names an explainer can show (the keys of `ContentPack['sections']`). */
export type SectionName = 'what-is' | 'signs' | 'origins' | 'therapies' | 'benefits' | 'closing';

// Keeps the list above and the pack's sections in step: a mismatch fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SectionNamesMatch = Assert<Same<SectionName, keyof ContentPack['sections']>>;
