import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the site: turned client-side when clicked, like `next/link`, but never
 * prefetched when it scrolls into view. Next prefetches every visible `<Link>` once the page has
 * hydrated, two requests each: on explainer page 1 that was 15 requests the reader had not asked
 * for (the header and topic links, and the next page twice), and on Lighthouse's phone about 50 ms
 * more blocking time (BENCHMARKS.md, "Prefetch only the next page"). The pager is the
 * exception: it prefetches the next page on purpose (components/pager/explainer-pager.tsx).
 */
export function SiteLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  return <Link {...props} prefetch={false} />;
}
