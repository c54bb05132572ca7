import path from 'node:path';
import type { NextConfig } from 'next';

// The web app lives in web/ but shares the root package.json and node_modules, so both Turbopack and output
// tracing must treat the repository root as the project root.
const root = path.join(__dirname, '..');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root },
  outputFileTracingRoot: root,
  experimental: {
    // The stylesheet stays a file of its own (about 5 kB compressed, cached across pages) rather than being inlined.
    // Inlined, Next.js 16 puts it in each page three times: in a <style> in the <head> and twice more in the page's
    // RSC payload (once for the root layout, once for the global-error boundary), so /sign-in was 77 kB of HTML, of
    // which 57 kB was the same stylesheet, parsed as HTML and again as a script string on every page and carried by
    // every client-side navigation. As a file, /sign-in is 19 kB. Lighthouse, run page by page with the two builds
    // taking turns on one machine (4 December), scored the file higher on 14 of 20 pages, by 2.2 points on average:
    // the main thread has less to parse than the render-blocking request costs. See docs/web.md#speed.
    inlineCss: false,
  },
};

export default nextConfig;
