/**
 * The same response, cached for a year and never revalidated. Only for URLs named by a hash of
 * their content (lib/og/cards.ts): a change of content is a change of URL. Set on the response
 * itself because Next stores a prerendered route's own headers and serves them as they are.
 */
export function withImmutableCaching(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
