/**
 * Keeps a test browser on this machine. Test traffic may go only to loopback (or to network
 * namespaces a test run makes itself), yet Chromium looks up and pre-connects to other hosts on
 * its own even with --disable-background-networking (the sites a spec stands in for with
 * `page.route`, Google's autofill and update servers), and `page.route` is never asked about the
 * target of a redirect, so a redirect to another site really went to the network.
 *
 * The rule sends every name to port 9 (discard) on loopback, where the connection is refused,
 * except loopback itself: `localhost` (the passkey test needs it, since WebAuthn refuses IP
 * addresses) and the IP literals 127.0.0.1 and ::1, which Chromium would otherwise map too.
 * Mapping to a refused loopback port rather than to `~NOTFOUND` is deliberate: a "name not
 * resolved" error in a tab makes Chromium probe DNS for google.com with the system's and with
 * Google's resolvers, which a refused connection does not.
 *
 * `page.route` still answers requests the page makes directly: it runs before any lookup.
 */
export const loopbackOnlyHostResolverRules = 'MAP * 127.0.0.1:9, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE ::1';

/** What a browser held to loopback reports for a request to any other host. */
export const otherHostRefused = 'net::ERR_CONNECTION_REFUSED';
