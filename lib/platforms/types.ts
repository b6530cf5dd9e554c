/**
 * The shape of one entry in the platforms registry. Guide pages, the evidence log, the referral
 * form's evidence questions, the referral email and the tests all read entries of this shape,
 * so adding a platform means adding one entry and nothing else.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import type { PlatformId } from './catalogue';

export type { PlatformId };

/** The things worth recording about where the content is, in the order a form asks for them. */
export type IdentifierKind =
  | 'link' // a post, video, message or profile address
  | 'username' // an @handle or account name (not the display name)
  | 'phone' // a phone number, normalised to E.164
  | 'chat-name' // a group, chat or channel name as shown in the app
  | 'email'; // an email address

/** What a recognised identifier points at. */
export type ContentKind =
  | 'post'
  | 'profile'
  | 'video'
  | 'story'
  | 'message'
  | 'group'
  | 'channel'
  | 'comment'
  | 'page'
  | 'search-result'
  | 'phone-number'
  | 'email-address'
  /** The address of a picture or video file itself, not of the post it is in. */
  | 'media';

/** One more part of a link that says exactly what it shows: the comment, the slide, the photo. */
export type Detail = { name: string; value: string };

/** What the recogniser made of something a person pasted. */
export type Recognised = {
  ok: true;
  platform: PlatformId;
  kind: ContentKind;
  /** The handle, numeric id, phone number (E.164) or address that identifies it. */
  id: string;
  /**
   * A canonical https link without tracking parameters, when one can be built: for matching and
   * de-duplicating only, never shown or sent instead of what the person entered.
   */
  canonicalUrl?: string;
  /** The parts of what was entered that say exactly what it shows, beyond the id. */
  details?: readonly Detail[];
  /** A note for the person in plain words; never a refusal. */
  hint?: string;
};

/** A kind, specific message for the person, in GOV.UK style. */
export type NotRecognised = { ok: false; message: string };

export type Recognition = Recognised | NotRecognised;

/**
 * One source a statement relies on. `official` is the platform's (or a public body's) own page,
 * `ngo` a helpline or charity, `press` a news report; `third-party` is anything else and is
 * listed last. Every source is a live link a person may tap, so source-hygiene.ts checks them.
 */
export type PlatformSource = {
  title: string;
  url: string;
  kind: SourceKind;
};

export type SourceKind = 'official' | 'ngo' | 'press' | 'third-party';

/** A trap to warn about before the person captures or reports anything. */
export type Trap = {
  title: string;
  detail: string;
  /**
   * True for a warning about capturing itself: the app tells the other person about a
   * screenshot, or blocks it, or the messages vanish. The guide shows these before its capture
   * steps and in its "do this now" box, because by the time she reads a warning placed after
   * "Take screenshots" the other person may already have been told.
   */
  beforeCapture?: boolean;
};

/** An app's own help page, where one entry covers several apps (the dating apps). */
export type AppHelpPage = {
  app: string;
  title: string;
  url: string;
};

export type StopNciiStatus =
  /** Named as a StopNCII partner by a source platform-facts.md accepts. */
  | 'partner'
  /** Not in any partner list platform-facts.md saw. */
  | 'not-listed'
  /** Sources disagree or are too weak to say. */
  | 'unverified';

/** Recognises and normalises what a person pastes as the address of content on one platform. */
export type PlatformRecogniser = {
  /**
   * Domains that belong to the platform, matched exactly or as a subdomain (so "facebook.com"
   * covers "m.facebook.com" but never "facebook.com.evil.example"). Used to tell a person they
   * pasted another platform's link.
   */
  hosts: readonly string[];
  /** Recognises input meant for this platform: a link, an @handle, a phone number... */
  recognise: (input: string) => Recognition;
};

/** The guidance part of an entry: everything but its name and recogniser. */
export type PlatformContent = {
  id: PlatformId;
  /** Short line under the name, e.g. "SMS, iMessage and RCS". */
  summary: string;
  /**
   * Who a person reports to, as it reads in a sentence ("Report it to Apple"), where that is
   * not the entry's name ("iCloud and Apple accounts"). The name is used when absent.
   */
  reportTo?: string;
  /** What to record about the content and the account, most useful first. */
  identifiers: readonly IdentifierKind[];
  /**
   * The two or three things to capture first, for the short "do this now" box at the top of the
   * guide: things she can do on her phone, now, without opening the image again.
   */
  doNow: readonly string[];
  capture: {
    /** What a usable screenshot or record shows, as short steps. */
    whatToCapture: readonly string[];
    /** How to copy the address of a post or profile. Empty when the platform has no links. */
    copyLinkInApp: readonly string[];
    copyLinkOnWeb: readonly string[];
    /** How to download or export your own data from the platform. */
    downloadYourData: readonly string[];
    /**
     * True when downloadYourData needs a computer. The guide then says so before the steps, and
     * that the Revenge Porn Helpline can go through them with her, so that someone with only a
     * phone is not left stuck halfway.
     */
    downloadNeedsComputer?: boolean;
  };
  traps: readonly Trap[];
  reporting: {
    /** The name of the platform's own form or flow for intimate images. */
    route: string;
    /** The platform's official help page for that route. */
    helpUrl: string;
    steps: readonly string[];
    /**
     * Whether reporting tells the person who posted it: that they were reported, who reported
     * them, and whether a removal is announced to them, from the platform's own pages where
     * found. Where the platform does not say, this says what to assume, in plain words; the
     * doubt goes in reviewNote, not on the page.
     */
    reportedPersonTold: string;
    /** Each app's own help page on reporting, where the entry covers several apps. */
    appHelpPages?: readonly AppHelpPage[];
    /**
     * How someone without an account (or who would rather not use it) can report, or what we
     * could not confirm about that. Many victims have no account on the site their image is on.
     */
    withoutAccount: string;
  };
  stopNcii: {
    status: StopNciiStatus;
    /** What StopNCII can and cannot do on this platform, in a sentence or two. */
    note: string;
    /** The source that names the platform as a partner: required when status is 'partner'. */
    source?: PlatformSource;
  };
  sources: readonly PlatformSource[];
  /** ISO date (YYYY-MM-DD) the entry was last checked against its sources. */
  lastReviewed: string;
  /** What was read and checked on lastReviewed, for the next reviewer. Not shown on the page. */
  reviewNote: string;
};

/** A whole registry entry, as lib/platforms/registry.ts assembles it. */
export type PlatformEntry = PlatformContent & {
  /** The name people know it by: "Facebook", "Text messages". */
  name: string;
  recogniser: PlatformRecogniser;
};
