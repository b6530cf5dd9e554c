// @ts-check
/**
 * Next.js configuration. CommonJS on purpose: a "type" field in package.json breaks `next build`.
 *
 * The baseline security headers are set here so they cover every response, pages, route
 * handlers, static files and the 404 page alike. Pages get a stricter Content-Security-Policy
 * with a per-request nonce from proxy.ts, which replaces the locked-down one below; everything
 * else (scripts, styles, security.txt) keeps the locked-down one, which lets nothing load or run.
 */

/**
 * The request body limit: lib/security/body-size.ts explains the figure, and a unit test keeps
 * this copy equal to it (this file is CommonJS and cannot import TypeScript).
 */
const bodySizeLimit = '512kb';
const bodySizeLimitBytes = 512 * 1024;

/** Headers every response carries. */
const baselineHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Nothing about a visit here should reach another site, not even the address it came from.
  // same-origin, not no-referrer: a form posted without JavaScript must carry its Origin for the
  // cross-site checks to accept it, and other sites still learn nothing of where people came from.
  { key: 'Referrer-Policy', value: 'same-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), display-capture=()',
  },
  // Two years, every subdomain: after one visit over https the browser never tries http here,
  // where a network in between could read or change pages. Browsers ignore it over plain http.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  // No other site may load these responses as a resource, nor keep a handle on our window.
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // Replaced on pages by proxy.ts. Kept equal to lockedDownPolicy in
  // lib/security/content-security-policy.ts (checked by the end-to-end tests).
  {
    key: 'Content-Security-Policy',
    value: "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  },
  // For browsers too old for frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  devIndicators: false,
  // Native or Node-only packages: loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', 'smtp-server', 'mailparser', 'nodemailer', 'openpgp', '@node-rs/argon2'],
  experimental: {
    // For bodies sent without a Content-Length, which the proxy cannot judge in advance.
    serverActions: { bodySizeLimit },
    // The proxy buffers request bodies; keep that buffer small but above the limit, so that an
    // over-long body still reaches the server action's own check rather than being cut short.
    proxyClientMaxBodySize: bodySizeLimitBytes * 2,
  },
  async headers() {
    return [{ source: '/:path*', headers: baselineHeaders }];
  },
};

module.exports = nextConfig;
