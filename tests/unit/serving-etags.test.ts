// lib/serving/: ETags made once at build time (stampEtags) and the 304 decision the proxy makes
// with them (notModifiedEtag).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ETAGS_FILE, etagOf, routeOfOutput } from '@/lib/serving/etags';
import { notModifiedEtag } from '@/lib/serving/not-modified';
import { stampEtags } from '@/lib/serving/stamp-etags';

describe('routeOfOutput', () => {
  it('names the URL a prerendered page or route answer serves, and nothing for internal shells', () => {
    expect(routeOfOutput('ja/explainers/north-korea-russia-china.html')).toBe('/ja/explainers/north-korea-russia-china');
    expect(routeOfOutput('ja/feed.xml.body')).toBe('/ja/feed.xml');
    expect(routeOfOutput('index.html')).toBe('/');
    expect(routeOfOutput('_not-found.html')).toBeUndefined();
    expect(routeOfOutput('_global-error.html')).toBeUndefined();
    expect(routeOfOutput('ja/explainers/x.rsc')).toBeUndefined();
    expect(routeOfOutput('ja.meta')).toBeUndefined();
  });
});

describe('etagOf', () => {
  it('is a strong tag that follows the bytes', () => {
    expect(etagOf('本文')).toMatch(/^"[\w-]{22}"$/);
    expect(etagOf('本文')).toBe(etagOf(Buffer.from('本文')));
    expect(etagOf('本文')).not.toBe(etagOf('本文 '));
  });
});

describe('stampEtags', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes each tag into the answer’s .meta headers and the map beside app/', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-etags-'));
    const app = path.join(dir, 'app');
    fs.mkdirSync(path.join(app, 'ja', 'explainers'), { recursive: true });
    fs.writeFileSync(path.join(app, 'ja', 'explainers', 'x.html'), '<p>ページ</p>');
    fs.writeFileSync(path.join(app, 'ja', 'explainers', 'x.meta'), JSON.stringify({ status: 200, headers: { 'x-nextjs-prerender': '1' } }));
    fs.writeFileSync(path.join(app, 'ja', 'feed.xml.body'), '<rss/>');
    fs.writeFileSync(path.join(app, 'ja', 'feed.xml.meta'), JSON.stringify({ headers: { 'content-type': 'application/rss+xml' } }));
    fs.writeFileSync(path.join(app, '_not-found.html'), '<p>404</p>');
    fs.writeFileSync(path.join(app, '_not-found.meta'), '{}');
    fs.writeFileSync(path.join(app, 'ja', 'no-meta.html'), '<p>x</p>');
    fs.writeFileSync(path.join(app, 'ja', 'ロシア.html'), '<p>露</p>');
    fs.writeFileSync(path.join(app, 'ja', 'ロシア.meta'), '{}');

    const map = stampEtags(app);
    expect(map).toEqual({
      '/ja/explainers/x': etagOf('<p>ページ</p>'),
      '/ja/feed.xml': etagOf('<rss/>'),
      '/ja/%E3%83%AD%E3%82%B7%E3%82%A2': etagOf('<p>露</p>'),
    });
    expect(JSON.parse(fs.readFileSync(path.join(dir, ETAGS_FILE), 'utf8'))).toEqual(map);
    const meta = JSON.parse(fs.readFileSync(path.join(app, 'ja', 'explainers', 'x.meta'), 'utf8'));
    expect(meta).toEqual({ status: 200, headers: { 'x-nextjs-prerender': '1', etag: map['/ja/explainers/x'] } });
    expect(JSON.parse(fs.readFileSync(path.join(app, '_not-found.meta'), 'utf8'))).toEqual({});
  });
});

describe('notModifiedEtag', () => {
  const etag = '"abc"';
  const map = { '/ja/explainers/x': etag, '/ja/explainers/%E3%83%AD%E3%82%B7%E3%82%A2': '"jp"' };
  const ask = (headers: Record<string, string>, pathname = '/ja/explainers/x', method = 'GET') =>
    notModifiedEtag({ method, pathname, headers: new Headers(headers) }, map);

  it('answers 304 when the reader has this very answer', () => {
    expect(ask({ 'if-none-match': '"abc"' })).toBe(etag);
    expect(ask({ 'if-none-match': 'W/"abc"' })).toBe(etag);
    expect(ask({ 'if-none-match': '"old", "abc"' })).toBe(etag);
    expect(ask({ 'if-none-match': '*' })).toBe(etag);
    expect(ask({ 'if-none-match': '"abc"' }, '/ja/explainers/x', 'HEAD')).toBe(etag);
    expect(ask({ 'if-none-match': '"jp"' }, '/ja/explainers/%E3%83%AD%E3%82%B7%E3%82%A2')).toBe('"jp"');
  });

  it('sends the full answer otherwise', () => {
    expect(ask({ 'if-none-match': '"old"' })).toBeUndefined();
    expect(ask({ 'if-none-match': '"abc"' }, '/ja/explainers/unknown')).toBeUndefined();
    expect(ask({ 'if-none-match': '"abc"' }, '/ja/explainers/x', 'POST')).toBeUndefined();
    expect(ask({ 'if-none-match': '"abc"', rsc: '1' })).toBeUndefined();
    expect(ask({ 'if-none-match': '"abc"', 'cache-control': 'no-cache' })).toBeUndefined();
    expect(ask({ 'if-none-match': '"abc"' }, '/ja/explainers/%E0%A4%A')).toBeUndefined();
    expect(ask({ 'if-none-match': '"abc"' }, '/ja/explainers/%78')).toBeUndefined();
    expect(ask({ 'if-none-match': '"' + 'x'.repeat(3000) + '"' })).toBeUndefined();
    expect(ask({ 'if-none-match': '"abc"' }, '/toString')).toBeUndefined();
  });
});
