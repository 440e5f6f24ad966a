// Share links as plain URLs of each service's own share page: no script, no button widget, no
// request to the service until the reader clicks. The page URL and title go in as query
// parameters, encoded by URLSearchParams.

export type ShareService = 'x' | 'line' | 'facebook' | 'hatena';

/** In the order they are shown. */
export const shareServices: readonly ShareService[] = ['x', 'line', 'facebook', 'hatena'];

function withQuery(base: string, query: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

/**
 * The share URL of one service for an absolute page URL and its title.
 * - X: the web intent to post (text and url).
 * - LINE: LINE Social Plugins' share page for custom buttons (url, text).
 * - Facebook: the sharer, which reads the title and card from the page's Open Graph tags (u).
 * - Hatena Bookmark: the add-bookmark page, confirming before saving (url, title).
 */
export function shareUrl(service: ShareService, pageUrl: string, title: string): string {
  // Only absolute http(s) URLs make sense to the services; a path would be shared as text.
  const { protocol } = new URL(pageUrl);
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`Not a web page URL: ${pageUrl}`);
  switch (service) {
    case 'x':
      return withQuery('https://x.com/intent/post', { text: title, url: pageUrl });
    case 'line':
      return withQuery('https://social-plugins.line.me/lineit/share', { url: pageUrl, text: title });
    case 'facebook':
      return withQuery('https://www.facebook.com/sharer/sharer.php', { u: pageUrl });
    case 'hatena':
      return withQuery('https://b.hatena.ne.jp/add', { mode: 'confirm', url: pageUrl, title });
  }
}
