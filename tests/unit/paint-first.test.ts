// lib/paint-first/rewrite.ts: a page shaped as Next 16 writes it is rewritten to paint first and keep
// no inline script; anything else (an upgrade that changed the output, a script it does not know)
// is an error, never a page shipped as it was.
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { BOOT_DATA_URL_PREFIX, LOADER_SOURCE, loaderCspHash } from '@/lib/paint-first/loader';
import { bootBlockOf, inlineCodeIn, PaintFirstError, paintFirst } from '@/lib/paint-first/rewrite';

function nextPage({ head = '', body = '' } = {}): string {
  return [
    '<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>',
    '<style>p{color:red}</style>',
    head,
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
    '<body><!--$--><main><p>本文 &lt;b&gt;</p></main><!--/$-->',
    '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[1]});</script>',
    '<script src="/_next/static/chunks/runtime.js" async=""></script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"0:{\\"x\\":\\"\\u003c/script\\u003e\\"}\\n"])</script>',
    body,
    '</body></html>',
  ].join('');
}

describe('paintFirst', () => {
  it('moves the chunks and their preload into a boot block, every inline script into a data file, and adds the loader', () => {
    const result = paintFirst(nextPage());
    const root = parse(result.html, { comment: true });
    expect(result.chunks).toBe(3);
    expect(result.inlineScripts).toBe(3);
    expect(root.querySelectorAll('script[async]')).toHaveLength(0);
    expect(root.querySelectorAll('link[rel="preload"][as="script"]')).toHaveLength(0);
    expect(inlineCodeIn(result.html)).toEqual([]);
    expect(JSON.parse(result.data.text)).toEqual({
      turbopack: [{ otherChunks: ['static/chunks/a.js'], runtimeModuleIds: [1] }],
      flight: [[0], [1, '0:{"x":"</script>"}\n']],
    });
    // The data file is named by its content, under Next's static folder.
    const name = createHash('sha256').update(result.data.text).digest('base64url').slice(0, 22);
    expect(result.data.url).toBe(`${BOOT_DATA_URL_PREFIX}${name}.json`);
    expect(bootBlockOf(result.html)).toEqual({
      chunks: ['/_next/static/chunks/a.js', '/_next/static/chunks/b.js', '/_next/static/chunks/runtime.js'],
      data: result.data.url,
    });
    // Nothing of the payload is left in the page.
    expect(result.html).not.toContain('</script>"}');
    expect(result.html).not.toContain('runtimeModuleIds');
    const scripts = root.querySelectorAll('script').map((script) => script.getAttribute('src') ?? script.getAttribute('type') ?? script.rawText);
    expect(scripts).toEqual(['/_next/static/chunks/polyfills.js', 'application/ld+json', 'application/json', LOADER_SOURCE]);
    // What the reader sees is untouched, comments (React's Suspense markers) and styles included.
    expect(result.html).toContain('<!--$--><main><p>本文 &lt;b&gt;</p></main><!--/$-->');
    expect(result.html).toContain('<style>p{color:red}</style>');
  });

  it('keeps a same-origin script file of ours where it stands', () => {
    const result = paintFirst(nextPage({ head: '<script src="/not-found-language.js"></script>' }));
    expect(result.html).toContain('<script src="/not-found-language.js"></script>');
  });

  it('fails when it finds no script to move (the upgrade guard)', () => {
    const bare = '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>';
    expect(() => paintFirst(bare)).toThrow(/0 chunk scripts and 0 RSC payload scripts: Next's output has changed shape/);
    const noPayload = nextPage().replace(/<script>[^<]*__next_f[^<]*<\/script>/g, '');
    expect(() => paintFirst(noPayload)).toThrow(PaintFirstError);
  });

  it('fails on an inline script it does not know, which the policy would block', () => {
    expect(() => paintFirst(nextPage({ body: '<script>alert(1)</script>' }))).toThrow(/inline script of unknown shape/);
    expect(() => paintFirst(nextPage({ body: '<script type="module">import "/x.js"</script>' }))).toThrow(/unknown shape/);
    expect(() => paintFirst(nextPage({ body: '<script>self.__next_f.push([1,oops])</script>' }))).toThrow(/not JSON/);
  });

  it('fails on an inline event handler, a script from elsewhere or a chunk that is not async', () => {
    expect(() => paintFirst(nextPage({ body: '<img src="/x.png" onerror="alert(1)">' }))).toThrow(/onerror/);
    expect(() => paintFirst(nextPage({ head: '<script src="https://cdn.example/x.js"></script>' }))).toThrow(/another origin/);
    expect(() => paintFirst(nextPage({ head: '<script src="//cdn.example/x.js"></script>' }))).toThrow(/another origin/);
    expect(() => paintFirst(nextPage({ head: '<script src="/_next/static/chunks/c.js"></script>' }))).toThrow(/not async/);
  });

  it('refuses a page it has already rewritten', () => {
    const once = paintFirst(nextPage()).html;
    expect(() => paintFirst(once)).toThrow(/already rewritten/);
  });
});

describe('the loader', () => {
  it('is allowed by its own hash only, and waits for the first contentful paint before it starts the chunks', () => {
    expect(loaderCspHash()).toBe(`'sha256-${createHash('sha256').update(LOADER_SOURCE, 'utf8').digest('base64')}'`);
    expect(inlineCodeIn(`<script>${LOADER_SOURCE} </script>`)).toHaveLength(1);
    expect(LOADER_SOURCE).toContain("getEntriesByName('first-contentful-paint')");
    expect(LOADER_SOURCE).toMatch(/requestAnimationFrame\(function\(\)\{requestAnimationFrame\(/);
    // The data is in before any chunk is added: Next's main chunk would close its payload stream.
    expect(LOADER_SOURCE.indexOf('fetch(boot.data)')).toBeGreaterThan(0);
    expect(LOADER_SOURCE.indexOf('.then(run)')).toBeGreaterThan(LOADER_SOURCE.indexOf('fetch(boot.data)'));
  });
});
