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
};

export default nextConfig;
