import { serializeJsonLd } from '@/lib/seo/news-article';

/**
 * Structured data for search engines. Inner HTML because React would HTML-escape a text child and
 * break the JSON; serializeJsonLd escapes `<` so that no value can close the script element.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
