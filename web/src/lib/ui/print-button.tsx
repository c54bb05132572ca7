'use client';

// The browser prints the page as it is (print CSS hides the site's chrome) and "Save as PDF" makes the file: no PDF
// library or headless browser on the server, and it works offline.
export function PrintButton({ children = 'Print or save as PDF' }: { children?: React.ReactNode }) {
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {children}
    </button>
  );
}
