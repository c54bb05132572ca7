import { NextResponse, type NextRequest } from 'next/server';

// Security headers for every page (issue 13, finding 7). The Content-Security-Policy carries a fresh nonce per
// request: Next reads it from the request's own CSP header and puts it on the scripts it renders, so only those run
// ('strict-dynamic' lets them load the chunks they need). Every page is rendered per request (the header reads the
// session), which nonces need. Styles may be inline (React style attributes in the charts); scripts may not.
export function proxy(request: NextRequest) {
  // A form post (a Server Action) from another site is refused here with 403; Next's own origin check would answer
  // it with a 500 (issue 13, finding 14).
  if (request.method === 'POST') {
    const origin = request.headers.get('origin');
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    if (origin && origin !== 'null' && hostOf(origin) !== host) return new NextResponse('Forbidden: a form on another site cannot post here.', { status: 403 });
    if (origin === 'null') return new NextResponse('Forbidden.', { status: 403 });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = process.env.NODE_ENV === 'development';
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', csp);
  response.headers.set('x-frame-options', 'DENY');
  response.headers.set('x-content-type-options', 'nosniff');
  response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
  // Pages show who is signed in and often their plan, budget and bookings: never stored by a browser or proxy.
  response.headers.set('cache-control', 'private, no-store');
  // HSTS only when the page really came over HTTPS (a TLS proxy in front says so); on plain HTTP it means nothing.
  if (request.headers.get('x-forwarded-proto') === 'https' || request.nextUrl.protocol === 'https:') {
    response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
  }
  return response;
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export const config = {
  // Not the build's static files (immutable, no personal data), the map background (/maps/*, the same for all), nor
  // prefetches.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|maps/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
