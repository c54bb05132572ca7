'use client';

// Printing needs the browser; without JavaScript the hint beside it says to use the browser's own Print.
export function PrintButton({ children }: { children: React.ReactNode }) {
  return (
    <button className="button button--secondary no-print" type="button" onClick={() => window.print()}>
      {children}
    </button>
  );
}
