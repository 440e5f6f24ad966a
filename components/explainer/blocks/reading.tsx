/**
 * A word with its reading. <rp> keeps the reading in brackets where ruby is not laid out (reader
 * modes, copy and paste); the readers' "hide readings" switch hides <rt> and <rp> by CSS.
 */
export function Reading({ base, reading, children }: { base?: string; reading: string; children?: React.ReactNode }) {
  return (
    <ruby className="reading">
      {children ?? base}
      <rp>（</rp>
      <rt>{reading}</rt>
      <rp>）</rp>
    </ruby>
  );
}
