// How six services draw a shared link, for the editors' preview of `npm run dev`
// (app/[locale]/preview/): which text each one reads, where it cuts it, and how it crops the image.
// Plain data and one cutting rule; components/preview/ draws the mock-ups from it.
//
// Sources, looked up on 2026-12-02 (the services change their cards without notice, so these are
// guides, not guarantees; a value marked "observed" comes from third-party measurements):
//   X: developer.x.com, "Summary Card with Large Image" and the card markup reference: title at most
//     70 characters, description at most 200, image 2:1 (at least 300×157, under 5 MB). Since 2023
//     X draws only the image with the title over it and the domain, no description (observed).
//   Facebook: its sharing guide recommends 1200×630 (1.91:1, at least 200×200); the title is cut
//     near 88 characters and the description shown on about one line, ~80 (observed; breezy-tools,
//     mojicnt.click measurements).
//   LINE: developers.line.biz FAQ "How are URL previews generated?": og:title, og:description and
//     og:image only. No documented limits: two lines of title (~40 full-width characters) and of
//     description (~60) in a chat bubble (observed).
//   Slack: api.slack.com "Unfurling links in messages" (classic unfurls read Open Graph and Twitter
//     tags, including twitter:label1/data1); the full title, ~150 characters of description
//     (ogtester.com, mojicnt.click); the image is scaled down, not cropped.
//   Discord: its embed limits (discord.com developer docs, Embed Limits): title 256, description
//     4096; link embeds show about 350 characters of og:description (observed); image not cropped.
//   Hatena Bookmark: the entry title is the page's <title> (hatenablog help on title settings), with
//     a description snippet of ~100 characters and a small square thumbnail (observed).

export type ShareServiceId = 'x' | 'facebook' | 'line' | 'slack' | 'discord' | 'hatena';

export interface ShareService {
  id: ShareServiceId;
  /** The service's own name (not translated). */
  name: string;
  /** Which title it reads: Open Graph's, or the document's <title> (with the site name). */
  title: 'og' | 'document';
  /** Characters of the title shown before the cut; undefined: shown whole. */
  titleLimit?: number;
  /** Characters of the description shown; 0: no description at all. */
  descriptionLimit: number;
  /** Width / height of the image box; `crop` fills it (cut edges), `fit` scales the whole image into it. */
  image: { aspect: number; mode: 'crop' | 'fit'; width: number };
  /** Whether the twitter:label1/data1 pair (reading time) is drawn under the card. */
  showsLabel: boolean;
}

export const shareServices: readonly ShareService[] = [
  { id: 'x', name: 'X', title: 'og', titleLimit: 70, descriptionLimit: 0, image: { aspect: 2, mode: 'crop', width: 504 }, showsLabel: false },
  { id: 'facebook', name: 'Facebook', title: 'og', titleLimit: 88, descriptionLimit: 80, image: { aspect: 1.91, mode: 'crop', width: 500 }, showsLabel: false },
  { id: 'line', name: 'LINE', title: 'og', titleLimit: 40, descriptionLimit: 60, image: { aspect: 1.91, mode: 'crop', width: 280 }, showsLabel: false },
  { id: 'slack', name: 'Slack', title: 'og', descriptionLimit: 150, image: { aspect: 1200 / 630, mode: 'fit', width: 360 }, showsLabel: true },
  { id: 'discord', name: 'Discord', title: 'og', titleLimit: 256, descriptionLimit: 350, image: { aspect: 1200 / 630, mode: 'fit', width: 400 }, showsLabel: false },
  { id: 'hatena', name: 'Hatena Bookmark', title: 'document', descriptionLimit: 100, image: { aspect: 1, mode: 'crop', width: 120 }, showsLabel: false },
];

export interface CutText {
  shown: string;
  /** Whether the service cuts the text (then `shown` ends with …). */
  cut: boolean;
  length: number;
}

/**
 * The text as a service shows it: at most `limit` characters (code points, so that a surrogate
 * pair is never split), the last one replaced by … when it is cut. Services count in their own
 * ways (some by pixel width); characters are the editor's guide.
 */
export function cutText(text: string, limit: number | undefined): CutText {
  const characters = Array.from(text);
  if (limit === undefined || characters.length <= limit) return { shown: text, cut: false, length: characters.length };
  return { shown: `${characters.slice(0, Math.max(0, limit - 1)).join('').trimEnd()}…`, cut: true, length: characters.length };
}

/** The image box of a service, in CSS pixels, for a mock-up of `service`. */
export function imageBox(service: ShareService): { width: number; height: number } {
  return { width: service.image.width, height: Math.round(service.image.width / service.image.aspect) };
}
