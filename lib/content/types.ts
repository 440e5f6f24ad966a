// The typed shape of published content: what lib/content hands to the app after parsing and
// validating the editors' files. Plain JSON-serializable data, no React, no Next.
import type { Locale } from '@/i18n/locales';
import type { FrontMatter } from './parse/front-matter-schema';

/** Inline Markdown that editors may use in prose. Anything else is a content error. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] }
  | { type: 'break' }
  /** A glossary term (`:term[金正恩]` or `:term[label]{id="…"}`), resolved against the glossary. */
  | {
      type: 'term';
      id: string;
      children: Inline[];
      /** The first use on its page: the one a reader can open. It carries the entry and the popover's id. */
      first: boolean;
      entry?: GlossaryEntry;
      popoverId?: string;
      /** Where the mark is written, for the checks that resolve it. */
      at: { line: number; column: number };
    }
  /** A word with its reading (`:ruby[平壌]{reading="ピョンヤン"}`); terms carry theirs from the glossary. */
  | { type: 'ruby'; base: string; reading: string };

/** Block-level prose: paragraphs, bullet or numbered lists, quotations. */
export type Prose =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; children: Inline[][] };

export interface SourceImage {
  /** Public URL of the image, e.g. `/content-images/<slug>/<file>`. */
  src: string;
  alt: string;
  credit: string;
}

/** A cited article: the points taken from it (✅), its name and link. */
export interface SourceSummary {
  type: 'source';
  name: string;
  /** Always https: (checked). */
  url: string;
  points: Inline[][];
  image?: SourceImage;
}

/** The editor's own reading of a source or of the story. */
export interface Commentary {
  type: 'commentary';
  children: Prose[];
}

/** A casual aside in a reader's voice; never the editor's text. */
export interface ReadersVoice {
  type: 'voice';
  children: Prose[];
}

/** A timeline date as written: a year, a month or a day (`2024`, `2024-06`, `2024-06-19`). */
export interface TimelineEntry {
  date: string;
  precision: 'year' | 'month' | 'day';
  children: Inline[];
}

export interface Timeline {
  type: 'timeline';
  entries: TimelineEntry[];
}

/** Facts established so far, or questions still open: never the editors' opinion. */
export interface KnownBlock {
  type: 'known' | 'unknown';
  children: Prose[];
}

/** How another side sees the story, always with the source it comes from. */
export interface OtherView {
  type: 'view';
  label: string;
  source: string;
  url: string;
  children: Prose[];
}

export type SectionBlock = Prose | SourceSummary | Commentary | ReadersVoice | Timeline | KnownBlock | OtherView;

export interface QuickQA {
  question: string;
  answer: Inline[];
}

export interface Section {
  /** Stable anchor id, unique within the explainer (across its pages). */
  id: string;
  heading: string;
  qa?: QuickQA;
  /** Everything after the heading (and Q&A), in the editor's order. */
  blocks: SectionBlock[];
}

export interface ExplainerPage {
  /** 1-based page number. */
  number: number;
  title: string;
  /** One line shown by the pager of the previous page ("next page" teaser). */
  teaser: string;
  /** Prose between the page marker and the first section (the opener). */
  intro: Prose[];
  sections: Section[];
}

/** One entry of `corrections:` (date YYYY-MM-DD, text), as the schema reads it. */
export type Correction = FrontMatter['corrections'][number];

export interface Update {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  text: string;
}

/** A glossary entry in one locale, as the reader sees it. */
export interface GlossaryEntry {
  id: string;
  term: string;
  /** Shown as ruby over the term (Japanese edition only). */
  reading?: string;
  definition: string;
  source?: string;
}

/**
 * An explainer in one locale: its front-matter fields exactly as the one schema
 * (parse/front-matter-schema.ts) declares and validates them, plus what the loader adds. The
 * explainer's own terms are folded into `glossary`; `updated` is the latest of `updated:` and the
 * updates' dates.
 */
export interface Explainer extends Omit<FrontMatter, 'updates' | 'terms'> {
  slug: string;
  /** The publication date as written, YYYY-MM-DD (a time given in `published:` is in `publishAt`). */
  published: string;
  /** The moment it goes public, an ISO instant in UTC (lib/content/publication.ts). */
  publishAt: string;
  /** Present when that moment is after the loader's clock: only where drafts are shown (`npm run dev`). */
  scheduled?: true;
  /**
   * Present when it was published OLD_AFTER_MONTHS (lib/content/config.ts) or more before the
   * loader's clock: its share images print the year it was published.
   */
  old?: true;
  locale: Locale;
  /** What changed, newest first (absent: none). */
  updates?: Update[];
  /** The glossary entries this explainer's text uses, in order of first use (absent: none). */
  glossary?: GlossaryEntry[];
  pages: ExplainerPage[];
  /** Locales in which this slug exists (published, or draft where drafts are shown), incl. this one. */
  translations: Locale[];
  /** Characters of reader-visible text, for the reading time. */
  characterCount: number;
  /** Path of the source file relative to the repository root, e.g. `content/explainers/x/ja.md`. */
  sourcePath: string;
}

/** A topic from `content/topics.yaml`, in one locale: what a reader sees on cards and topic pages. */
export interface Topic {
  /** The topic's name in explainers' `topics:` and in its URL, e.g. `north-korea`. */
  slug: string;
  locale: Locale;
  name: string;
  description?: string;
}

/** The previous and next page of a page, for the pager. */
export interface PageNeighbours {
  previous?: { number: number; title: string; teaser: string };
  next?: { number: number; title: string; teaser: string };
}

/** One problem found in content, reported as `path:line:column  message  (hint)`. */
export interface ContentIssue {
  /** Path relative to the repository root. */
  path: string;
  line: number;
  column: number;
  message: string;
  hint: string;
  /** `info` reports no problem (a scheduled explainer); only errors block publishing. */
  severity: 'error' | 'warning' | 'info';
}
