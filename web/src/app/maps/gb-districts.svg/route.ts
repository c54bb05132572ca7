import { gbDotsSvg } from '@/features/market/gb-map';

// The commissioner map's background (every postcode district as a dot), rendered once at build time.
export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(gbDotsSvg(), { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' } });
}
