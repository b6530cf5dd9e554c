/**
 * The banner on every mailbox page: this is the local demo mailbox standing in for the support
 * service's inbox, so nobody mistakes it for a live service or a place real referrals go.
 */
export function DemoMailboxBanner() {
  return (
    <div className="warning-text mailbox-banner" role="note" aria-label="About this mailbox">
      <p>
        <strong>This is the local demo mailbox.</strong> It shows the emails this copy of the site
        sent to its built-in mail server, as a support worker would receive them. It exists only when
        no real mail server is configured, and only on this computer.
      </p>
    </div>
  );
}
