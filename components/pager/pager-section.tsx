import { getTranslations } from 'next-intl/server';
import { type Explainer, getPageNeighbours } from '@/lib/content';
import { explainerPagePath } from '@/lib/site/paths';
import { ExplainerPager } from './explainer-pager';

/** Server parent of the pager: resolves URLs and words, hands the client plain strings. */
export async function PagerSection({ explainer, pageNumber }: { explainer: Explainer; pageNumber: number }) {
  const t = await getTranslations('Pager');
  const { previous, next } = getPageNeighbours(explainer, pageNumber);
  const href = (number: number) => explainerPagePath(explainer.locale, explainer.slug, number);
  return (
    <ExplainerPager
      current={pageNumber}
      previous={previous && { number: previous.number, title: previous.title, href: href(previous.number) }}
      next={next && { number: next.number, title: next.title, teaser: next.teaser, href: href(next.number) }}
      pages={explainer.pages.map((page) => ({ number: page.number, title: page.title, href: href(page.number) }))}
      labels={{
        nav: t('label'),
        pageOf: t('pageOf', { page: pageNumber, count: explainer.pages.length }),
        previous: t('previous'),
        next: t('next'),
        contents: t('contents'),
        current: t('current'),
        keyboardHint: t('keyboardHint'),
      }}
    />
  );
}
