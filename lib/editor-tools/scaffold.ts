// The draft that `npm run new` writes: every front-matter field and every kind of block once, with
// 【要記入】 texts to replace. It passes the content check as it is, so an editor can preview it
// with `npm run dev` from the first minute and fill it in piece by piece.
import { PLACEHOLDER_SOURCE_URL, PLACEHOLDER_TOPIC, SAMPLE_CORRECTION, TO_FILL, type DraftExplainer } from './draft';

export function scaffoldDraft(today: string): DraftExplainer {
  return {
    headerComment: `下書きです。${TO_FILL} の箇所をすべて書き換え、npm run check:content で確かめてから draft: false にして公開します。`,
    frontMatter: {
      title: `${TO_FILL}見出し（一行で）`,
      lead: `${TO_FILL}タイトルの下に出る要約。検索結果や共有時の説明文にもなります。`,
      keyPoints: [`${TO_FILL}要点1（一行で）`, `${TO_FILL}要点2（一行で）`, `${TO_FILL}要点3（一行で）`],
      published: today,
      updated: today,
      topics: [PLACEHOLDER_TOPIC],
      author: '解説編集部',
      draft: true,
      corrections: [],
    },
    fieldComments: {
      keyPoints: 'ちょうど三つ、各一行',
      published: '公開日（YYYY-MM-DD）。公開する日に合わせる',
      updated: '任意：公開後に大きく更新した日。更新がなければこの行を消す',
      topics: 'トピック名（小文字・数字・ハイフン）を一つ以上、例：[north-korea, russia]',
      author: '任意',
      draft: 'true の間はサイトに公開されない（npm run dev では見える）',
      corrections: `任意：訂正の記録。例：\n  - date: ${SAMPLE_CORRECTION.date}\n    text: ${SAMPLE_CORRECTION.text}`,
    },
    closingComment: OPTIONAL_PARTS,
    pages: [
      {
        title: `${TO_FILL}1ページ目の題`,
        teaser: `${TO_FILL}1ページ目を一行で紹介する文`,
        opener: [`${TO_FILL}導入。このページで何を見ていくかを短く書きます。`],
        sections: [
          {
            heading: `${TO_FILL}1ページ目の見出し`,
            qa: { question: `${TO_FILL}短い問い？`, answer: `${TO_FILL}一行の答え。` },
            blocks: [
              { type: 'paragraph', text: `${TO_FILL}本文。事実を書きます。意見は下の解説ブロックへ。` },
              {
                type: 'source',
                name: `${TO_FILL}記事の名前`,
                url: PLACEHOLDER_SOURCE_URL,
                points: [`${TO_FILL}記事から読み取った要点1`, `${TO_FILL}記事から読み取った要点2`],
              },
              { type: 'commentary', paragraphs: [`${TO_FILL}編集部の見方。記事をどう読むかを書きます。`] },
              { type: 'voice', paragraphs: [`${TO_FILL}読者の声。くだけた一言です。`] },
            ],
          },
        ],
      },
      {
        title: `${TO_FILL}2ページ目の題`,
        teaser: `${TO_FILL}2ページ目を一行で紹介する文（1ページ目の最後に「次のページを読む」として出ます）`,
        opener: [],
        sections: [
          {
            heading: `${TO_FILL}2ページ目の見出し`,
            blocks: [{ type: 'paragraph', text: `${TO_FILL}2ページ目の本文。` }],
          },
        ],
      },
    ],
  };
}

// Optional fields and blocks, commented out: the body cannot hold comments (the checker refuses
// HTML comments), so the blocks are shown here, to be moved into the body without the "# ".
const OPTIONAL_PARTS = `任意の項目とブロック（使うときは行頭の # を外し、ブロックは本文の ## 見出しの下へ移す。CONTENT.md 参照）
status: developing            # 任意：事態が進行中。:::unknown ブロックが必要
updates:                      # 任意：更新の記録（日付と一行のメモ）
  - date: 2026-12-01
    text: ……を加えました。
terms:                        # 任意：この解説だけの用語（サイト全体の用語は content/glossary.yaml）
  some-term:
    term: 用語
    reading: ようご
    definition: 用語の短い説明。
本文の中の用語：:term[用語]　読み仮名：:ruby[平壌]{reading="ピョンヤン"}
:::timeline
- 2024-06-19: 出来事（年だけなら 2024、月までなら 2024-06）
:::
:::known
- 分かっていること
:::
:::unknown
- まだ分かっていないこと
:::
:::view{label="北京から見ると" source="記事の名前" url="https://…"}
別の立場からの見方と、その出典。
:::`;
