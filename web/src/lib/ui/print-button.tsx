'use client';

// The browser prints the page as it is (print CSS hides the site's chrome) and "Save as PDF" makes the file: no PDF
// library or headless browser on the server, and it works offline.
export function PrintButton({ children = 'Print or save as PDF', secondary = false }: { children?: React.ReactNode; secondary?: boolean }) {
  return (
    <button type="button" className={`button${secondary ? ' button--secondary' : ''} no-print`} onClick={() => window.print()}>
      {children}
    </button>
  );
}
