// The same bare page with a heading and one sentence in Japanese, in bold and regular weight: what
// showing Japanese text costs before any code of ours runs. In a fresh browser the first use of a
// CJK font is paid in the first layout, which Lighthouse counts against LCP and TBT.
export default function JapaneseReferencePage() {
  return (
    <main lang="ja">
      <h1>参照ページ</h1>
      <p>北朝鮮はロシアとの関係を深める一方で、中国とは距離を置いているように見える。</p>
    </main>
  );
}
