// The share image badges on the built site (lib/og/cards.ts, components/og/badges.tsx): the card
// of every page of an updated explainer says 更新 / Updated and the date in its alt text and shows
// the yellow badge in its top row; the card of an old explainer (OLD_AFTER_MONTHS at the content
// clock) says its year and shows the black one; other cards show neither. The expectations come
// from the content as the build read it, at the same clock: run the build and the tests with one
// KAISETSU_NOW (e.g. 2027-12-01, when every fixture is old) to see the year badges.
import { expect, test } from '@playwright/test';
import { createFormatter } from 'next-intl';
import { PNG } from 'pngjs';
import { ogColors } from '@/components/og/og-theme';
import { publicationYear } from '@/lib/content/publication';
import { displayDate } from '@/lib/site/display-date';
import { translator } from './support/messages';
import { browserAgent, explainers, fetchHtml, headOnly, local, pagePath } from './support/sharing';

const hex = (colour: string) => [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16)).join(',');

/** Colours drawn in runs of 40 px or more across the top row (under the 10 px band, above the title): badges, not glyphs. */
function headerColours(png: PNG): Set<string> {
  const colours = new Set<string>();
  for (let y = 50; y < 106; y += 4) {
    let last = '';
    let length = 0;
    for (let x = 0; x < png.width; x += 1) {
      const at = (y * png.width + x) * 4;
      const here = `${png.data[at]},${png.data[at + 1]},${png.data[at + 2]}`;
      length = here === last ? length + 1 : 1;
      last = here;
      if (length === 40) colours.add(here);
    }
  }
  return colours;
}

for (const explainer of explainers) {
  const { locale, slug } = explainer;
  test(`${locale}/${slug}: its cards show ${explainer.old ? 'the year' : 'no year'} and ${explainer.updated ? 'the update' : 'no update'}`, async ({ request }) => {
    const t = translator(locale);
    const format = createFormatter({ locale, timeZone: 'Asia/Tokyo' });
    const updated = explainer.updated && t('ShareImage.updated', { date: format.dateTime(displayDate(explainer.updated), { dateStyle: 'long' }) });
    const year = explainer.old && t('ShareImage.year', { year: publicationYear(explainer.published) });
    for (const page of explainer.pages) {
      const path = pagePath(locale, slug, page.number);
      const { head } = headOnly(await fetchHtml(request, path, browserAgent));
      const alt = head.querySelector('meta[property="og:image:alt"]')?.getAttribute('content') ?? '';
      const url = head.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(alt).toContain(explainer.title);
      if (updated) expect(alt).toContain(updated);
      else expect(alt).not.toContain(t('ShareImage.updated', { date: '' }).trim());
      if (year) expect(alt).toContain(year);

      const image = await request.get(local(url));
      expect(image.status()).toBe(200);
      const colours = headerColours(PNG.sync.read(await image.body()));
      expect(colours.has(hex(ogColors.points)), `${path}: the yellow update badge`).toBe(Boolean(updated));
      expect(colours.has(hex(ogColors.ink)), `${path}: the black year badge`).toBe(Boolean(year));
    }
  });
}
