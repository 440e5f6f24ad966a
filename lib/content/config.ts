// Where content lives and what its names may look like. Plain constants shared by the loader,
// the editors' check script, the image sync script and the tests.
import path from 'node:path';

/** Folder (inside the content root) holding one folder per explainer. */
export const EXPLAINERS_DIR = 'explainers';
/** File (inside the content root) that names every topic in every locale. */
export const TOPICS_FILE = 'topics.yaml';
/** File (inside the content root) defining the site's glossary terms in every locale. */
export const GLOSSARY_FILE = 'glossary.yaml';
/**
 * The topic `npm run new` and `npm run import` write into a draft, to be replaced before publishing.
 * Accepted in drafts without being defined in the topics file; an error in a published explainer.
 */
export const PLACEHOLDER_TOPIC = 'todo';
/**
 * The marker `npm run new` and `npm run import` put before every text an editor still has to write.
 * One marker, so that a search finds them all; an error in a published explainer (checks/unfinished.ts).
 */
export const TO_FILL = '【要記入】';
/** The source address the scaffold writes: https, so the draft passes, but on a reserved domain. */
export const PLACEHOLDER_SOURCE_URL = 'https://example.com/replace-with-the-source-address';
/** The correction the scaffold shows as an example in a comment; published as it is, it is an error. */
export const SAMPLE_CORRECTION = { date: '2026-11-22', text: '初出時、……を誤って記載していました。' } as const;
/** Folder (inside the content root) holding the house dictionary for the prose check (checks/prose/). */
export const STYLE_DIR = 'style';
/** The house dictionary in STYLE_DIR: names (both editions, strict), then ordinary words per edition. */
export const NAMES_DICTIONARY = 'names.yml';
export const wordsDictionary = (locale: string) => `words.${locale}.yml`;
/**
 * An explainer this many months old or more is *old*: its share images print the year it was
 * published, so that a reshared old explainer does not pass for news (CONTENT.md, "Share images:
 * the update badge and the year of an old explainer").
 * Judged by the loader against the content clock (publication.ts), so cards age with the daily
 * rebuild on the explainer's anniversary. To change it, change this number: the next build gives
 * the cards that change new URLs (lib/og/cards.ts).
 */
export const OLD_AFTER_MONTHS = 12;
/** Folder (inside an explainer folder) holding the images of its source cards. */
export const IMAGES_DIR = 'images';
/** URL prefix under which `scripts/sync-content-images.ts` publishes those images. */
export const PUBLIC_IMAGES_PREFIX = '/content-images';

/**
 * Raster formats every browser shows. SVG stays out on purpose: an SVG is a document that can carry
 * scripts and links, and source images come from third parties.
 */
export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

/** Lowercase ASCII words joined by single hyphens: `north-korea-russia-china`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Image file names end up in public URLs and on case-sensitive servers, so they stay lowercase
 * ASCII: `putin-visit.jpg`, `map_2026.png`.
 */
export const IMAGE_NAME_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/** Default content root: `<cwd>/content`, overridable with `KAISETSU_CONTENT_DIR` (benchmarks, tests). */
export function defaultContentDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.KAISETSU_CONTENT_DIR;
  return override ? path.resolve(override) : path.join(process.cwd(), 'content');
}

/** Public URL of a source-card image once synced to `public/`. */
export function publicImageUrl(slug: string, fileName: string): string {
  return `${PUBLIC_IMAGES_PREFIX}/${slug}/${encodeURIComponent(fileName)}`;
}
