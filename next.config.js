// @ts-check
/**
 * Next.js configuration. CommonJS on purpose: a "type" field in package.json breaks `next build`.
 *
 * The baseline security headers are set here so they cover every response, pages, route
 * handlers, static files and the 404 page alike.
 */

/** Headers every response carries. */
const baselineHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Nothing about a visit here should reach another site, not even the address it came from.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=()',
  },
  // The site may never be framed: a framing page could hide Exit this page or watch the form.
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  devIndicators: false,
  // Native or Node-only packages: loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', 'smtp-server', 'mailparser', 'nodemailer', 'openpgp'],
  async headers() {
    return [{ source: '/:path*', headers: baselineHeaders }];
  },
};

module.exports = nextConfig;
