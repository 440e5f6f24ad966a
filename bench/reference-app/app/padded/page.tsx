// The bare page padded with Japanese prose to the HTML byte count of our explainer page 1, so that
// `next start` throughput compares like with like: a page of the same size and the same kind of
// text, with nothing of ours on the request path. bench/lib/padded-reference.ts sets the number of
// characters (at build time) and checks the size it got.
const sentence = '北朝鮮はロシアとの関係を深める一方で、中国とは距離を置いているように見える。';
const perParagraph = sentence.length * 4;

function paragraphs(characters: number): string[] {
  const text = sentence.repeat(Math.ceil(characters / sentence.length)).slice(0, characters);
  const out: string[] = [];
  for (let at = 0; at < text.length; at += perParagraph) out.push(text.slice(at, at + perParagraph));
  return out;
}

export default function PaddedReferencePage() {
  const characters = Number(process.env.BENCH_PADDING_CHARACTERS ?? 0);
  return (
    <main lang="ja">
      <h1>参照ページ</h1>
      {paragraphs(characters).map((text, index) => (
        <p key={index}>{text}</p>
      ))}
    </main>
  );
}
