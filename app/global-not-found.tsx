import './globals.css';

export default function GlobalNotFound() {
  return (
    <html lang="ja">
      <body>
        <h1>ページが見つかりません / Page not found</h1>
      </body>
    </html>
  );
}
