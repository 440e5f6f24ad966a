// The bare page padded to the size of our explainer page 1, so that `next start` throughput compares
// like with like: a page of the same size, with nothing of ours on the request path. "Size" is two
// figures, because Next writes, measures and ETag-hashes a page as a JavaScript string on every
// request, which costs per UTF-16 code unit, while the network carries UTF-8 bytes: a Japanese
// character is 1 unit and 3 bytes, an ASCII one 1 and 1. So the padding mixes Japanese prose and
// ASCII text in the share that gives both the explainer's byte count and its string length.
// bench/lib/padded-reference.ts sets the two numbers (at build time) and checks what it got.
const japanese = '北朝鮮はロシアとの関係を深める一方で、中国とは距離を置いているように見える。';
const ascii = 'North Korea draws closer to Russia while keeping its distance from China. ';
const perParagraph = 160;

function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** `characters` of text in paragraphs, of which the share `asciiShare` is ASCII. */
function paragraphs(characters: number, asciiShare: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < characters; at += perParagraph) {
    const length = Math.min(perParagraph, characters - at);
    const asciiLength = Math.round(length * asciiShare);
    out.push(repeatTo(ascii, asciiLength) + repeatTo(japanese, length - asciiLength));
  }
  return out;
}

export default function PaddedReferencePage() {
  const characters = Number(process.env.BENCH_PADDING_CHARACTERS ?? 0);
  const asciiShare = Math.min(1, Math.max(0, Number(process.env.BENCH_PADDING_ASCII_SHARE ?? 0)));
  return (
    <main lang="ja">
      <h1>参照ページ</h1>
      {paragraphs(characters, asciiShare).map((text, index) => (
        <p key={index}>{text}</p>
      ))}
    </main>
  );
}
