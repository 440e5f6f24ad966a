// The XSS corpus (tests/fixtures/xss) through the real content checker: every refused payload is
// refused with its message and never published; every text payload is accepted, kept verbatim in
// every field, and serialised into JSON-LD without a `<` that could end the script element.
// That the text also stays inert in a browser is shown by tests/e2e/security-xss-text.spec.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { inlineText } from '@/lib/content/parse/text';
import type { Explainer, Inline, Prose, SectionBlock } from '@/lib/content/types';
import { buildNewsArticle, serializeJsonLd } from '@/lib/seo/news-article';
import { isWrittenAsTag } from '@/lib/content/checks/safety-validators';
import {
  MARKDOWN_FIELDS,
  MARKDOWN_STAND_IN,
  PLAIN_FIELDS,
  SHARE_IMAGE_FIELDS,
  rejectedExplainer,
  rejectedPayloads,
  textExplainer,
  textPayloads,
  textSlug,
  titleOf,
} from '../fixtures/xss/explainers';

const roots: string[] = [];

/** A content folder with one explainer per entry, loaded once by the same code as the site. */
function load(files: Record<string, string>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kaisetsu-xss-'));
  roots.push(root);
  for (const [slug, text] of Object.entries(files)) {
    const dir = path.join(root, 'explainers', slug);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'ja.md'), text);
  }
  return loadContent({ contentDir: root, baseDir: root, includeDrafts: false });
}

afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

it('the corpus holds at least 30 payloads, each with a unique id', () => {
  const ids = [...rejectedPayloads, ...textPayloads].map((payload) => payload.id);
  expect(ids.length).toBeGreaterThanOrEqual(30);
  expect(new Set(rejectedPayloads.map((payload) => payload.id)).size).toBe(rejectedPayloads.length);
  expect(new Set(textPayloads.map((payload) => payload.id)).size).toBe(textPayloads.length);
});

describe('refused payloads', () => {
  const slugOf = (id: string) => `xss-${id}`;
  const loaded = load(Object.fromEntries(rejectedPayloads.map((payload) => [slugOf(payload.id), rejectedExplainer(payload)])));

  it('the same file without a payload is valid, so each error below comes from its payload', () => {
    const control = load({ control: rejectedExplainer({ id: 'control', kind: '', slot: 'body', markdown: '本文。', message: '' }) });
    expect(control.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(control.explainers.map((explainer) => explainer.slug)).toEqual(['control']);
  });

  it.each(rejectedPayloads)('$id ($kind) is refused: $message', (payload) => {
    const file = `explainers/${slugOf(payload.id)}/ja.md`;
    const errors = loaded.issues.filter((issue) => issue.path === file && issue.severity === 'error');
    expect(errors.map((issue) => issue.message).join('\n')).toContain(payload.message);
    // Every message comes with a hint the editor can act on.
    for (const issue of errors) expect(issue.hint.length).toBeGreaterThan(10);
    expect(loaded.explainers.some((explainer) => explainer.slug === slugOf(payload.id))).toBe(false);
  });
});

function proseText(prose: Prose): string {
  if (prose.type === 'paragraph') return inlineText(prose.children);
  if (prose.type === 'list') return prose.items.map(inlineText).join('\n');
  return prose.children.map(inlineText).join('\n');
}

function linkText(inlines: readonly Inline[]): string | undefined {
  for (const inline of inlines) {
    if (inline.type === 'link') return inlineText(inline.children);
  }
  return undefined;
}

type Field = (typeof PLAIN_FIELDS)[number] | (typeof MARKDOWN_FIELDS)[number];

/** Each text field of the explainer and its first page. */
function fieldsOf(explainer: Explainer): Record<Field, string | undefined> {
  const page = explainer.pages[0];
  const section = page?.sections[0];
  const blocks: SectionBlock[] = section?.blocks ?? [];
  const source = blocks.find((block) => block.type === 'source');
  const commentary = blocks.find((block) => block.type === 'commentary');
  const voice = blocks.find((block) => block.type === 'voice');
  const link = blocks.flatMap((block) => (block.type === 'paragraph' ? [linkText(block.children)] : [])).find(Boolean);
  return {
    title: explainer.title,
    lead: explainer.lead,
    'key point': explainer.keyPoints[0],
    author: explainer.author,
    correction: explainer.corrections[0]?.text,
    'page title': page?.title,
    teaser: page?.teaser,
    opener: page?.intro[0] && proseText(page.intro[0]),
    heading: section?.heading.replace(/ 1$/, ''),
    question: section?.qa?.question,
    answer: section?.qa && inlineText(section.qa.answer),
    'source name': source?.name,
    'source point': source?.points[0] && inlineText(source.points[0]),
    'link text': link,
    commentary: commentary?.children[0] && proseText(commentary.children[0]),
    voice: voice?.children[0] && proseText(voice.children[0]),
  };
}

describe('text payloads', () => {
  const loaded = load(Object.fromEntries(textPayloads.map((payload) => [textSlug(payload), textExplainer(payload)])));

  it.each(textPayloads)('$id ($kind) is accepted as text and kept verbatim', (payload) => {
    const file = `explainers/${textSlug(payload)}/ja.md`;
    expect(loaded.issues.filter((issue) => issue.path === file && issue.severity === 'error')).toEqual([]);
    const explainer = loaded.explainers.find((each) => each.slug === textSlug(payload));
    expect(explainer).toBeDefined();
    if (!explainer) return;
    const fields = fieldsOf(explainer);
    expect(Object.keys(fields).sort()).toEqual([...PLAIN_FIELDS, ...MARKDOWN_FIELDS].sort());
    const drawn: readonly string[] = SHARE_IMAGE_FIELDS;
    for (const field of PLAIN_FIELDS) expect(fields[field], field).toBe(drawn.includes(field) ? titleOf(payload) : payload.value);
    const prose = isWrittenAsTag(payload.value) ? MARKDOWN_STAND_IN : payload.value;
    for (const field of MARKDOWN_FIELDS) expect(fields[field], field).toBe(prose);
  });

  const tagLike = textPayloads.filter((payload) => isWrittenAsTag(payload.value));
  const escaped = load(Object.fromEntries(tagLike.map((payload) => [textSlug(payload), textExplainer(payload, { everywhere: true })])));

  it('some text payloads are written like tags, so the next test checks something', () => {
    expect(tagLike.length).toBeGreaterThanOrEqual(10);
  });

  it.each(tagLike)('$id written in Markdown text, even escaped, is refused as HTML', (payload) => {
    const file = `explainers/${textSlug(payload)}/ja.md`;
    const messages = escaped.issues.filter((issue) => issue.path === file && issue.severity === 'error').map((issue) => issue.message);
    // Once per Markdown field on each of the two pages.
    expect(messages.filter((message) => message.startsWith('HTML is not allowed')).length).toBeGreaterThanOrEqual(MARKDOWN_FIELDS.length * 2);
    expect(escaped.explainers.some((explainer) => explainer.slug === textSlug(payload))).toBe(false);
  });

  it.each(textPayloads)('$id ends up in JSON-LD with no character that could close the script', (payload) => {
    const explainer = loaded.explainers.find((each) => each.slug === textSlug(payload));
    expect(explainer).toBeDefined();
    if (!explainer) return;
    const data = buildNewsArticle({
      explainer,
      page: explainer.pages[0],
      url: 'https://kaisetsu.example/ja/explainers/x',
      pageUrls: explainer.pages.map((page) => `https://kaisetsu.example/ja/explainers/x/${page.number}`),
      image: { url: 'https://kaisetsu.example/og.png', width: 1200, height: 630, alt: payload.value },
      publisher: { name: '解説', url: 'https://kaisetsu.example/ja', logo: { url: 'https://kaisetsu.example/logo.png', width: 512, height: 512 } },
      readingMinutes: 3,
    });
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>]/);
    // U+2028/U+2029 are legal in JSON and in JSON-LD (never run as script), so they may stay.
    const parsed: unknown = JSON.parse(json);
    expect(parsed).toEqual(data);
    expect(JSON.stringify(parsed)).toContain(JSON.stringify(payload.value).slice(1, -1));
  });
});
