import type { ReactNode } from 'react';

// The reference: the smallest App Router page Next builds. Our pages' first-load JavaScript is
// measured against this one, built with the same Next in the same run.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
