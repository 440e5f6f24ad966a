// One explainer file at a time: details of parsing and of the positions and words of errors.
import { describe, expect, it } from 'vitest';
import { parseExplainerFile } from '@/lib/content/parse/explainer-file';
import { countCharacters, joinSoftBreaks } from '@/lib/content/parse/text';
import type { Inline } from '@/lib/content/types';

const FRONT = ['---', 'title: 題', 'lead: リード', 'keyPoints: [一, 二, 三]', 'published: 2026-11-20', 'topics: [testing]'];
const BODY = ['---', '', '::page{title="一" teaser="二へ"}', '', '## 節一', '', '本文。', '', '::page{title="二" teaser="終"}', '', '## 節二', '', '本文。', ''];

function parse(lines: string[], options: { locale?: 'ja' | 'en'; images?: string[]; newline?: string } = {}) {
  const text = lines.join(options.newline ?? '\n');
  return parseExplainerFile({
    path: 'content/explainers/sample/ja.md',
    slug: 'sample',
    locale: options.locale ?? 'ja',
    bytes: new TextEncoder().encode(text),
    images: new Set(options.images ?? []),
  });
}

function errors(lines: string[], options?: Parameters<typeof parse>[1]) {
  return parse(lines, options)
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => `${issue.line}:${issue.column}  ${issue.message}`);
}

describe('front matter', () => {
  it('accepts a minimal file', () => {
    const file = parse([...FRONT, ...BODY]);
    expect(file.issues).toEqual([]);
    expect(file.frontMatter).toMatchObject({ title: '題', keyPoints: ['一', '二', '三'], draft: false, corrections: [] });
  });

  it('points into nested corrections, and reports a misspelt key once', () => {
    const lines = [...FRONT, 'corrections:', '  - date: 2026-11-10', '    txt: 訂正しました。', ...BODY];
    expect(errors(lines)).toEqual(['9:5  unknown field "txt" in correction 1']);
    const early = [...FRONT, 'corrections:', '  - date: 2026-11-10', '    text: 訂正しました。', ...BODY];
    expect(errors(early)).toEqual(['8:11  "date" of correction 1: 2026-11-10 is before the publication date 2026-11-20']);
  });

  it('asks for quotes when YAML reads a title as a number', () => {
    const file = parse(['---', 'title: 2026', ...FRONT.slice(2), ...BODY]);
    const [issue] = file.issues;
    expect(issue).toMatchObject({ line: 2, column: 8, message: '"title" must be text' });
    expect(issue?.hint).toContain('double quotes');
  });

  it('reports a field written twice at its second line', () => {
    expect(errors([...FRONT, 'title: 二つ目', ...BODY])).toEqual(['7:1  YAML syntax error: Map keys must be unique']);
  });

  it('keeps positions right with Windows line endings and a byte-order mark', () => {
    const lines = [...FRONT.slice(0, 4), 'published: 2026-02-30', ...FRONT.slice(5), ...BODY];
    const expected = ['5:12  "published": 2026-02-30 is not a real date (February 2026 has 28 days)'];
    expect(errors(lines, { newline: '\r\n' })).toEqual(expected);
    expect(errors(['\uFEFF---', ...lines.slice(1)])).toEqual(expected);
  });

  it('accepts 29 February in a leap year only', () => {
    const leap = [...FRONT.slice(0, 4), 'published: 2028-02-29', ...FRONT.slice(5), ...BODY];
    expect(errors(leap)).toEqual([]);
    const common = [...FRONT.slice(0, 4), 'published: 2027-02-29', ...FRONT.slice(5), ...BODY];
    expect(errors(common)).toEqual(['5:12  "published": 2027-02-29 is not a real date (February 2027 has 28 days)']);
  });
});

describe('body', () => {
  const withSection = (...lines: string[]) => [...FRONT, ...BODY.slice(0, 6), ...lines, ...BODY.slice(7)];

  it('refuses a heading with markup, a nested list, an image and a reference link', () => {
    expect(
      errors([
        ...FRONT,
        ...BODY.slice(0, 4),
        '## **強調**した節',
        '',
        '- 項目',
        '  - 入れ子',
        '',
        '![写真](https://example.jp/a.jpg)',
        '',
        '[参照][ref]',
        '',
        '[ref]: https://example.jp/',
        ...BODY.slice(7),
      ]),
    ).toEqual([
      '11:4  a heading can only contain plain text',
      '14:3  lists inside lists are not supported',
      '16:1  images are not allowed in the text',
      '18:1  reference-style links are not supported',
      '20:1  link definitions ([name]: https://…) are not supported',
    ]);
  });

  it('reports a block marker written with a space, and a block left open at the end', () => {
    const lines = [...withSection('本文。', '', '::: commentary', '見方。', ':::'), '', ':::voice', 'つぶやき'];
    expect(errors(lines)).toEqual(['15:1  this line starts with colons but is not a block marker', '26:1  the :::voice block is not closed']);
  });

  it('checks a source card: image file, https address, points only', () => {
    const card = (attributes: string, ...body: string[]) =>
      errors(withSection('本文。', '', `:::source{${attributes}}`, ...body, ':::'), { images: ['a.jpg'] });
    expect(card('name="紙" url="https://example.jp/" image="images/a.jpg" alt="写真" credit="紙"', '- 要点')).toEqual([]);
    expect(card('name="紙" url="https://example.jp/" image="images/b.jpg" alt="写真" credit="紙"', '- 要点')).toEqual([
      '15:1  :::source image="images/b.jpg": the file does not exist',
    ]);
    expect(card('name="紙" url="https://example.jp/" image="images/A.JPG" alt="写真" credit="紙"', '- 要点')).toEqual([
      '15:1  :::source image="A.JPG" must use only lowercase letters, digits, hyphens, underscores and dots',
    ]);
    expect(card('name="紙" url="data:text/html,x"', '- 要点')).toEqual(['15:1  :::source url="data:text/html,x" is not an https:// address']);
    expect(card('name="紙" url="https://example.jp/"', '段落。', '', '- 要点')).toEqual([
      '16:1  a source card holds only its list of points, not "paragraph"',
    ]);
  });

  it('uses the images given for the folder and gives their public URL', () => {
    const file = parse(withSection('本文。', '', ':::source{name="紙" url="https://example.jp/" image="images/a.jpg" alt="写真" credit="紙"}', '- 要点', ':::'), {
      images: ['a.jpg'],
    });
    expect(file.issues).toEqual([]);
    expect([...file.usedImages]).toEqual(['a.jpg']);
    expect(file.pages[0]?.sections[0]?.blocks[1]).toMatchObject({ image: { src: '/content-images/sample/a.jpg', alt: '写真', credit: '紙' } });
  });

  it('keeps hard line breaks', () => {
    const file = parse(withSection('一行目\\', '二行目'));
    expect(file.pages[0]?.sections[0]?.blocks[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: '一行目' }, { type: 'break' }, { type: 'text', value: '二行目' }],
    });
  });
});

describe('an exception to a prose rule, :allow[…]{rule="…"}', () => {
  const withSection = (...lines: string[]) => [...FRONT, ...BODY.slice(0, 6), ...lines, ...BODY.slice(7)];
  it('publishes its words as plain text, marks inside it kept', () => {
    const file = parse(withSection('前。:allow[**強く**言います。]{rule="ja/max-ten"}後。'));
    expect(file.issues).toEqual([]);
    expect(file.pages[0]?.sections[0]?.blocks[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'text', value: '前。' }, { type: 'strong', children: [{ type: 'text', value: '強く' }] }, { type: 'text', value: '言います。' }, { type: 'text', value: '後。' }],
    });
  });

  it('needs the rule it allows', () => {
    expect(errors(withSection(':allow[文です。]'))).toEqual(['13:1  :allow needs a "rule" attribute']);
  });
});

describe('text helpers', () => {
  const text = (value: string): Inline => ({ type: 'text', value });

  it('drops a wrapped line break between Japanese characters and keeps a space otherwise', () => {
    const inlines: Inline[] = [text('北朝鮮は\n中国と'), text('\nRussia and\nChina。\n'), { type: 'strong', children: [text('強調')] }];
    joinSoftBreaks(inlines);
    expect(inlines).toEqual([text('北朝鮮は中国と'), text(' Russia and China。'), { type: 'strong', children: [text('強調')] }]);
  });

  it('counts characters without whitespace, one per code point', () => {
    expect(countCharacters('北朝鮮 と\u3000中国\n')).toBe(6);
    expect(countCharacters('𠮷野家 ok')).toBe(5);
  });
});

describe('more refusals', () => {
  const withSection = (...lines: string[]) => [...FRONT, ...BODY.slice(0, 6), ...lines, ...BODY.slice(7)];

  it('refuses tables, HTML comments and thematic breaks', () => {
    expect(errors(withSection('本文。', '', '| 国 | 首脳 |', '| --- | --- |', '| 露 | 某氏 |', '', '<!-- メモ -->', '', '***'))).toEqual([
      '15:1  tables are not allowed',
      '19:1  HTML comments (<!-- … -->) are not allowed',
      '21:1  horizontal rules (---, ***) are not allowed',
    ]);
  });

  it('wants one-line titles and each topic once', () => {
    const lines = ['---', 'title: |', '  一行目', '  二行目', ...FRONT.slice(2, 5), 'topics: [testing, testing]', ...BODY];
    expect(errors(lines)).toEqual(['2:8  "title": must be a single line', '8:19  topic 2: "testing" is listed twice']);
  });
});

describe('broken front matter fences', () => {
  it('says the front matter is not closed when the second --- is missing, once', () => {
    expect(errors([...FRONT, ...BODY.slice(1)])).toEqual(['1:1  the front matter is not closed']);
  });

  it('says the front matter is missing when the file starts with the body', () => {
    expect(errors(BODY.slice(2))).toEqual(['1:1  the file has no front matter']);
  });
});
