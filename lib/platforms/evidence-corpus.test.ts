import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { removedMarks } from './phone-numbers';
import { readEvidence } from './recognise';
import type { PlatformId } from './catalogue';
import type { ContentKind, Detail } from './types';

/**
 * What people paste as evidence, from the platform audit (§4, all 47 rows, and §1 C1–C3) and
 * from each app's own Share and Copy link buttons, with the outcome each must have:
 * - accepted unless hostile;
 * - kept as entered, byte for byte, tracking and share parameters included (M1 of the December
 *   review), less only the marks that reorder or hide text;
 * - with a separate copy of any link without its tracking parameters, for opening;
 * - recognised as the kind and id shown, where we can tell; "not recognised" and still kept where not.
 */
type Expected =
  | { kind: ContentKind; id: string; platform?: PlatformId; details?: readonly Detail[] }
  | 'not recognised'
  | 'refused';

type Row = {
  /** Where the audit or the app it comes from, for the test's name. */
  source: string;
  platform: PlatformId;
  input: string;
  /**
   * Where the input has tracking parameters: the input without them, whose link is the cleaned
   * copy offered beside it. What is kept is the whole input all the same.
   */
  cleaned?: string;
  expected: Expected;
};

const row = (source: string, platform: PlatformId, input: string, expected: Expected, cleaned?: string): Row => ({
  source,
  platform,
  input,
  expected,
  ...(cleaned === undefined ? {} : { cleaned }),
});

/** The audit's §4 table: every row, with its "expected" column. */
const auditRows: Row[] = [
  row('audit 1', 'facebook', 'https://www.facebook.com/share/p/1AbCdEfGh/', { kind: 'post', id: '1AbCdEfGh' }),
  row('audit 2', 'facebook', 'https://www.facebook.com/share/1AbCdEfGh/?mibextid=wwXIfr', { kind: 'post', id: '1AbCdEfGh' }, 'https://www.facebook.com/share/1AbCdEfGh/'),
  row('audit 3', 'facebook', 'https://fb.watch/abcDEF123/', { kind: 'video', id: 'abcDEF123' }),
  row('audit 4', 'facebook', 'https://www.facebook.com/jane.smith/photos/pb.100012345678.-2207520000/987654321/?type=3', { kind: 'post', id: '987654321' }),
  row('audit 5', 'facebook', 'https://www.facebook.com/messages/t/100012345678', { kind: 'message', id: '100012345678' }),
  row('audit 6', 'facebook', 'https://www.facebook.com/messages/e2ee/t/1234567890123456', { kind: 'message', id: '1234567890123456' }),
  row('audit 7', 'facebook', 'https://www.messenger.com/e2ee/t/1234567890123456', { kind: 'message', id: '1234567890123456' }),
  row('audit 8', 'facebook', 'https://www.facebook.com/p/Jane-Smith-100012345678/', { kind: 'profile', id: '100012345678' }),
  row('audit 9', 'facebook', 'https://www.facebook.com/jane.smith/videos/some-title/9988776655/', { kind: 'video', id: '9988776655' }),
  row('audit 10', 'facebook', 'https://www.facebook.com/jane.smith/posts/pfbid02Xyz?comment_id=Y29tbWVudDoxMjM0NTY3OA%3D%3D&reply_comment_id=1', {
    kind: 'post',
    id: 'pfbid02Xyz',
    details: [
      { name: 'comment', value: 'Y29tbWVudDoxMjM0NTY3OA==' },
      { name: 'reply', value: '1' },
    ],
  }),
  row('audit 11', 'facebook', 'https://www.facebook.com/jane', { kind: 'profile', id: 'jane' }),
  row('audit 12', 'facebook', 'Jane Smith', 'not recognised'),
  row('audit 13', 'facebook', 'https://www.facebook.com/groups/123456789/user/100012345678/', { kind: 'profile', id: '100012345678' }),
  row('audit 14', 'instagram', 'https://www.instagram.com/stories/jane.doe/', { kind: 'story', id: 'jane.doe' }),
  row('audit 15', 'instagram', 'https://www.instagram.com/s/aGlnaGxpZ2h0OjE3OTk5?story_media_id=3312345678901234567_123456&igsh=MWQ1ZGUxMzBkMA==', { kind: 'story', id: '3312345678901234567_123456' }, 'https://www.instagram.com/s/aGlnaGxpZ2h0OjE3OTk5?story_media_id=3312345678901234567_123456'),
  row('audit 16', 'instagram', 'https://www.instagram.com/p/C1a2B3c4D5e/c/17912345678901234/', { kind: 'comment', id: '17912345678901234' }),
  row('audit 17', 'instagram', 'https://ig.me/m/jane.doe', { kind: 'profile', id: 'jane.doe' }),
  row('audit 18', 'instagram', 'https://www.instagram.com/p/C1a2B3c4D5e/?img_index=3', { kind: 'post', id: 'C1a2B3c4D5e', details: [{ name: 'slide', value: '3' }] }),
  row('audit 19', 'instagram', 'https://www.instagram.com/share/p/BAabc123', { kind: 'post', id: 'BAabc123' }),
  row('audit 20', 'whatsapp', '\u202A+44 7911 123456\u202C', { kind: 'phone-number', id: '+447911123456' }, '+44 7911 123456'),
  row('audit 21', 'whatsapp', '087 123 4567', { kind: 'phone-number', id: '087 123 4567' }),
  row('audit 22', 'whatsapp', 'https://api.whatsapp.com/send?phone=+447911123456', { kind: 'phone-number', id: '+447911123456' }),
  row('audit 23', 'whatsapp', '+44 7911 123456 (WhatsApp)', { kind: 'phone-number', id: '+447911123456' }),
  row('audit 24', 'text-messages', 'jane@icloud.com', { kind: 'email-address', id: 'jane@icloud.com' }),
  row('audit 25', 'text-messages', '\u2066+44 7911 123456\u2069', { kind: 'phone-number', id: '+447911123456' }, '+44 7911 123456'),
  row('audit 26', 'text-messages', 'tel:+447911123456', { kind: 'phone-number', id: '+447911123456' }),
  row('audit 27', 'text-messages', '60123', { kind: 'phone-number', id: '60123' }),
  row('audit 27', 'text-messages', 'No Caller ID', 'not recognised'),
  row('audit 28', 'x', 'https://x.com/messages/1234-5678', { kind: 'message', id: '1234-5678' }),
  row('audit 29', 'x', 'https://x.com/i/user/1234567890', { kind: 'profile', id: '1234567890' }),
  row('audit 29', 'x', 'https://twitter.com/intent/user?user_id=1234567890', { kind: 'profile', id: '1234567890' }),
  row('audit 30', 'x', 'https://x.com/jane/status/1790123456789012345/photo/3', { kind: 'post', id: '1790123456789012345', details: [{ name: 'photo', value: '3' }] }),
  row('audit 31', 'x', 'https://fxtwitter.com/jane/status/1790123456789012345', { kind: 'post', id: '1790123456789012345' }),
  row('audit 31', 'x', 'https://vxtwitter.com/jane/status/1790123456789012345', { kind: 'post', id: '1790123456789012345' }),
  row('audit 31', 'x', 'https://fixupx.com/jane/status/1790123456789012345', { kind: 'post', id: '1790123456789012345' }),
  row('audit 32', 'tiktok', 'https://vm.tiktok.com/ZMabc123/', { kind: 'video', id: 'ZMabc123' }),
  row('audit 32', 'tiktok', 'https://www.tiktok.com/t/ZTabc123/', { kind: 'video', id: 'ZTabc123' }),
  row('audit 33', 'tiktok', 'https://www.tiktok.com/@jane.doe/live', { kind: 'profile', id: 'jane.doe' }),
  row('audit 34', 'snapchat', 'https://snapchat.com/t/AbCdEfGh', { kind: 'profile', id: 'AbCdEfGh' }),
  row('audit 35', 'snapchat', 'Add me on Snapchat! Username: jane.doe https://www.snapchat.com/add/jane.doe?share_id=QUJDREVG&locale=en_GB', { kind: 'profile', id: 'jane.doe' }, 'Add me on Snapchat! Username: jane.doe https://www.snapchat.com/add/jane.doe?locale=en_GB'),
  row('audit 36', 'reddit', 'https://www.reddit.com/r/pics/s/AbCdEf123', { kind: 'post', id: 'AbCdEf123' }),
  // L3: a /u/…/s/ share link shares a profile, not a post.
  row('audit 36', 'reddit', 'https://www.reddit.com/u/Jane-Doe/s/AbCdEf', { kind: 'profile', id: 'AbCdEf' }),
  row('audit 37', 'reddit', 'https://www.reddit.com/gallery/abc123', { kind: 'post', id: 'abc123' }),
  row('audit 38', 'reddit', 'https://www.reddit.com/r/u_Jane-Doe/comments/abc123/title/', { kind: 'post', id: 'abc123' }),
  row('audit 39', 'reddit', 'https://chat.reddit.com/room/!abcdef:reddit.com', { kind: 'message', id: '!abcdef:reddit.com' }),
  row('audit 40', 'telegram', 'https://t.me/somegroup/12/3456', { kind: 'message', id: 'somegroup/3456', details: [{ name: 'topic', value: '12' }] }),
  row('audit 41', 'telegram', 'https://t.me/somechannel/1234?comment=5678', { kind: 'message', id: 'somechannel/1234', details: [{ name: 'comment', value: '5678' }] }),
  row('audit 42', 'telegram', 'https://web.telegram.org/k/#@jane_doe', { kind: 'profile', id: 'jane_doe' }),
  row('audit 43', 'onlyfans', 'https://onlyfans.com/my/chats/chat/1234567/', { kind: 'message', id: '1234567' }),
  // Google's file and photo hosts have their own platform (Google Drive and Photos): under
  // Websites or Other they are kept and recognised as its, with a suggestion; Sites is a website.
  row('audit 44', 'websites', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view', { platform: 'google-drive-photos', kind: 'page', id: '1AbCdEfGhIjKlMnOp' }),
  row('audit 44', 'websites', 'https://photos.google.com/share/AF1QipAbCdEfGhIj?key=xyz', { platform: 'google-drive-photos', kind: 'group', id: 'AF1QipAbCdEfGhIj' }),
  row('audit 44', 'websites', 'https://sites.google.com/view/janesmith', { kind: 'page', id: 'https://sites.google.com/view/janesmith' }),
  row('audit 44', 'websites', 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit', { platform: 'google-drive-photos', kind: 'page', id: '1AbCdEfGhIjKlMnOp' }),
  row('audit 44', 'other', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view', { platform: 'google-drive-photos', kind: 'page', id: '1AbCdEfGhIjKlMnOp' }),
  row('audit 44', 'google-drive-photos', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view', { kind: 'page', id: '1AbCdEfGhIjKlMnOp' }),
  row('audit 44', 'search-results', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view', { kind: 'page', id: 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view' }),
  row('audit 44', 'search-results', 'https://photos.google.com/share/AF1QipAbc', { kind: 'page', id: 'https://photos.google.com/share/AF1QipAbc' }),
  row('audit 45', 'search-results', 'https://www.google.com/search?q=jane+smith&tbm=isch#imgrc=AbCdEf', { kind: 'search-result', id: 'jane smith', details: [{ name: 'image', value: 'AbCdEf' }] }),
  row('audit 46', 'search-results', 'https://www.google.de/search?q=jane', { kind: 'search-result', id: 'jane' }),
  row('audit 46', 'search-results', 'https://duckduckgo.com/?q=jane+smith', { kind: 'search-result', id: 'jane smith' }),
  row('audit 46', 'search-results', 'https://search.yahoo.com/search?p=jane+smith', { kind: 'search-result', id: 'jane smith' }),
  row('audit 47', 'instagram', 'Check out this post https://www.instagram.com/p/ABC123/', { kind: 'post', id: 'ABC123' }),
];

/** Every share-link form the platforms' apps make today (audit C1), and other short links. */
const shareRows: Row[] = [
  row('Facebook Share, post', 'facebook', 'https://www.facebook.com/share/p/15abcDEFgh/', { kind: 'post', id: '15abcDEFgh' }),
  row('Facebook Share, video', 'facebook', 'https://www.facebook.com/share/v/1BcdEfGhIj/', { kind: 'video', id: '1BcdEfGhIj' }),
  row('Facebook Share, reel', 'facebook', 'https://www.facebook.com/share/r/1CdeFgHiJk/', { kind: 'video', id: '1CdeFgHiJk' }),
  row('Facebook Share, other', 'facebook', 'https://www.facebook.com/share/1DefGhIjKl/', { kind: 'post', id: '1DefGhIjKl' }),
  row('Facebook Share, mobile', 'facebook', 'https://m.facebook.com/share/p/15abcDEFgh/', { kind: 'post', id: '15abcDEFgh' }),
  row('Facebook Share, iPhone', 'facebook', 'https://www.facebook.com/share/p/15abcDEFgh/?mibextid=WC7FNe', { kind: 'post', id: '15abcDEFgh' }, 'https://www.facebook.com/share/p/15abcDEFgh/'),
  row('Facebook Share, Android', 'facebook', 'https://www.facebook.com/share/p/15abcDEFgh/?mibextid=oFDknk', { kind: 'post', id: '15abcDEFgh' }, 'https://www.facebook.com/share/p/15abcDEFgh/'),
  row('fb.watch', 'facebook', 'https://fb.watch/q1W2e3R4t5/', { kind: 'video', id: 'q1W2e3R4t5' }),
  row('fb.watch without scheme', 'facebook', 'fb.watch/q1W2e3R4t5', { kind: 'video', id: 'q1W2e3R4t5' }),
  row('fb.me', 'facebook', 'https://fb.me/janesmith', { kind: 'profile', id: 'janesmith' }),
  row('Messenger m.me', 'facebook', 'https://m.me/jane.smith', { kind: 'profile', id: 'jane.smith' }),
  row('Instagram Copy link, post', 'instagram', 'https://www.instagram.com/p/C1a2B3c4D5e/?igsh=MzRlODBiNWFlZA==', { kind: 'post', id: 'C1a2B3c4D5e' }, 'https://www.instagram.com/p/C1a2B3c4D5e/'),
  row('Instagram Copy link, reel', 'instagram', 'https://www.instagram.com/reel/C9xYzAbCdEf/?igsh=MWQ1ZGUxMzBkMA==', { kind: 'video', id: 'C9xYzAbCdEf' }, 'https://www.instagram.com/reel/C9xYzAbCdEf/'),
  row('Instagram Copy link, utm', 'instagram', 'https://www.instagram.com/p/C1a2B3c4D5e/?utm_source=ig_web_copy_link', { kind: 'post', id: 'C1a2B3c4D5e' }, 'https://www.instagram.com/p/C1a2B3c4D5e/'),
  row('Instagram Share, post', 'instagram', 'https://www.instagram.com/share/BAabc12345', { kind: 'post', id: 'BAabc12345' }),
  row('Instagram Share, reel', 'instagram', 'https://www.instagram.com/share/reel/BAabc12345', { kind: 'video', id: 'BAabc12345' }),
  row('Instagram profile share', 'instagram', 'https://www.instagram.com/jane.doe?igsh=MWQ1ZGUxMzBkMA==&utm_source=qr', { kind: 'profile', id: 'jane.doe' }, 'https://www.instagram.com/jane.doe'),
  row('TikTok Share, vm', 'tiktok', 'https://vm.tiktok.com/ZMhAbCdEf/', { kind: 'video', id: 'ZMhAbCdEf' }),
  row('TikTok Share, vt', 'tiktok', 'https://vt.tiktok.com/ZSjAbCdEf/', { kind: 'video', id: 'ZSjAbCdEf' }),
  row('TikTok Share, t', 'tiktok', 'https://www.tiktok.com/t/ZTRaBcDeF/', { kind: 'video', id: 'ZTRaBcDeF' }),
  row('TikTok Copy link, web', 'tiktok', 'https://www.tiktok.com/@jane.doe/video/7312345678901234567?is_from_webapp=1&sender_device=pc', { kind: 'video', id: '7312345678901234567' }, 'https://www.tiktok.com/@jane.doe/video/7312345678901234567'),
  row('TikTok Copy link, app', 'tiktok', 'https://www.tiktok.com/@jane.doe/video/7312345678901234567?_r=1&_t=8abcDEF', { kind: 'video', id: '7312345678901234567' }, 'https://www.tiktok.com/@jane.doe/video/7312345678901234567'),
  row('TikTok photo post', 'tiktok', 'https://www.tiktok.com/@jane.doe/photo/7312345678901234567', { kind: 'post', id: '7312345678901234567' }),
  row('Snapchat Share, profile', 'snapchat', 'https://t.snapchat.com/AbCdEfGh', { kind: 'profile', id: 'AbCdEfGh' }),
  row('Snapchat Share, www t', 'snapchat', 'https://www.snapchat.com/t/AbCdEfGh', { kind: 'profile', id: 'AbCdEfGh' }),
  row('Snapchat add link', 'snapchat', 'https://www.snapchat.com/add/jane.doe?share_id=QUJD&locale=en-GB', { kind: 'profile', id: 'jane.doe' }, 'https://www.snapchat.com/add/jane.doe?locale=en-GB'),
  row('Snapchat Spotlight', 'snapchat', 'https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYZmtp', { kind: 'video', id: 'W7_EDlXWTBiXAEEniNoMPwAAYZmtp' }),
  row('Reddit Share, post', 'reddit', 'https://www.reddit.com/r/CasualUK/s/a1B2c3D4e5', { kind: 'post', id: 'a1B2c3D4e5' }),
  row('Reddit Share, user', 'reddit', 'https://www.reddit.com/user/jane_doe/s/a1B2c3D4e5', { kind: 'profile', id: 'a1B2c3D4e5' }),
  row('Reddit Copy link', 'reddit', 'https://www.reddit.com/r/pics/comments/1abc2de/title_here/?share_id=AbCdEf&utm_medium=android_app&utm_source=share', { kind: 'post', id: '1abc2de' }, 'https://www.reddit.com/r/pics/comments/1abc2de/title_here/'),
  row('Reddit comment', 'reddit', 'https://www.reddit.com/r/pics/comments/1abc2de/comment/kx9y8z7/', { kind: 'comment', id: 'kx9y8z7' }),
  row('redd.it', 'reddit', 'https://redd.it/1abc2de', { kind: 'post', id: '1abc2de' }),
  row('i.redd.it image', 'reddit', 'https://i.redd.it/abc123def.jpeg', { kind: 'media', id: 'abc123def.jpeg' }),
  row('X Share', 'x', 'https://x.com/jane/status/1790123456789012345?s=46&t=AbCdEfGhIjKlMnOp', { kind: 'post', id: '1790123456789012345' }, 'https://x.com/jane/status/1790123456789012345'),
  row('X Share, Android', 'x', 'https://x.com/jane/status/1790123456789012345?s=20', { kind: 'post', id: '1790123456789012345' }, 'https://x.com/jane/status/1790123456789012345'),
  row('Twitter link', 'x', 'https://twitter.com/jane/status/1790123456789012345', { kind: 'post', id: '1790123456789012345' }),
  // L3: t.co wraps any link in a post or message, most often to another site: a page, not a post.
  row('t.co', 'x', 'https://t.co/AbC123xyZ', { kind: 'page', id: 'AbC123xyZ' }),
  row('Telegram Copy link', 'telegram', 'https://t.me/somechannel/1234', { kind: 'message', id: 'somechannel/1234' }),
  row('Telegram private message link', 'telegram', 'https://t.me/c/1234567890/55', { kind: 'message', id: 'c/1234567890/55' }),
  row('Telegram invite', 'telegram', 'https://t.me/+AbCdEfGhIjKl', { kind: 'group', id: 'AbCdEfGhIjKl' }),
  row('WhatsApp wa.me', 'whatsapp', 'https://wa.me/447911123456', { kind: 'phone-number', id: '+447911123456' }),
  row('WhatsApp wa.me with text', 'whatsapp', 'https://wa.me/447911123456?text=hi', { kind: 'phone-number', id: '+447911123456' }),
  row('WhatsApp group invite', 'whatsapp', 'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrSt', { kind: 'group', id: 'AbCdEfGhIjKlMnOpQrSt' }),
  row('WhatsApp channel', 'whatsapp', 'https://whatsapp.com/channel/0029VaAbCdEfGhIjKlMn1a', { kind: 'channel', id: '0029VaAbCdEfGhIjKlMn1a' }),
  row('WhatsApp business link', 'whatsapp', 'https://wa.me/message/ABCDEF123GHI1', { kind: 'message', id: 'ABCDEF123GHI1' }),
  row('OnlyFans post', 'onlyfans', 'https://onlyfans.com/123456789/janedoe', { kind: 'post', id: '123456789' }),
  row('OnlyFans profile', 'onlyfans', 'https://onlyfans.com/janedoe', { kind: 'profile', id: 'janedoe' }),
];

/** Everyday forms that worked before and must go on working. */
const everydayRows: Row[] = [
  row('Facebook post', 'facebook', 'https://www.facebook.com/jane.smith/posts/pfbid02AbCdEf', { kind: 'post', id: 'pfbid02AbCdEf' }),
  row('Facebook permalink', 'facebook', 'https://www.facebook.com/permalink.php?story_fbid=123&id=456', { kind: 'post', id: '123' }),
  row('Facebook photo', 'facebook', 'https://www.facebook.com/photo/?fbid=123456789', { kind: 'post', id: '123456789' }),
  row('Facebook watch', 'facebook', 'https://www.facebook.com/watch/?v=123456789', { kind: 'video', id: '123456789' }),
  row('Facebook reel', 'facebook', 'https://www.facebook.com/reel/123456789', { kind: 'video', id: '123456789' }),
  row('Facebook group post', 'facebook', 'https://www.facebook.com/groups/localgroup/posts/123456789/', { kind: 'post', id: '123456789' }),
  row('Facebook group', 'facebook', 'https://www.facebook.com/groups/localgroup', { kind: 'group', id: 'localgroup' }),
  row('Facebook profile.php', 'facebook', 'https://www.facebook.com/profile.php?id=100012345678', { kind: 'profile', id: '100012345678' }),
  row('Facebook username', 'facebook', '@jane.smith', { kind: 'profile', id: 'jane.smith' }),
  row('Facebook mobile', 'facebook', 'https://m.facebook.com/story.php?story_fbid=123&id=456', { kind: 'post', id: '123' }),
  row('Facebook fbclid', 'facebook', 'https://www.facebook.com/jane.smith?fbclid=IwAR0AbCdEf', { kind: 'profile', id: 'jane.smith' }, 'https://www.facebook.com/jane.smith'),
  row('Instagram post', 'instagram', 'https://www.instagram.com/p/ABC123/', { kind: 'post', id: 'ABC123' }),
  row('Instagram reel', 'instagram', 'https://www.instagram.com/reel/ABC123/', { kind: 'video', id: 'ABC123' }),
  row('Instagram story', 'instagram', 'https://www.instagram.com/stories/jane.doe/3312345678901234567/', { kind: 'story', id: '3312345678901234567' }),
  row('Instagram highlight', 'instagram', 'https://www.instagram.com/stories/highlights/17912345678901234/', { kind: 'story', id: '17912345678901234' }),
  row('Instagram DM', 'instagram', 'https://www.instagram.com/direct/t/340282366841710300949128123456789/', { kind: 'message', id: '340282366841710300949128123456789' }),
  row('Instagram profile', 'instagram', 'https://www.instagram.com/jane.doe/', { kind: 'profile', id: 'jane.doe' }),
  row('Instagram handle', 'instagram', '@Jane.Doe', { kind: 'profile', id: 'jane.doe' }),
  row('Instagram instagr.am', 'instagram', 'https://instagr.am/p/ABC123/', { kind: 'post', id: 'ABC123' }),
  row('X profile', 'x', 'https://x.com/jane', { kind: 'profile', id: 'jane' }),
  row('X handle', 'x', '@jane_doe', { kind: 'profile', id: 'jane_doe' }),
  row('X community', 'x', 'https://x.com/i/communities/1234567890', { kind: 'group', id: '1234567890' }),
  row('X mobile', 'x', 'https://mobile.twitter.com/jane/status/1790123456789012345', { kind: 'post', id: '1790123456789012345' }),
  row('TikTok profile', 'tiktok', 'https://www.tiktok.com/@jane.doe', { kind: 'profile', id: 'jane.doe' }),
  row('TikTok handle', 'tiktok', '@jane.doe', { kind: 'profile', id: 'jane.doe' }),
  row('TikTok embed', 'tiktok', 'https://www.tiktok.com/embed/v2/7312345678901234567', { kind: 'video', id: '7312345678901234567' }),
  row('Snapchat handle', 'snapchat', '@jane.doe', { kind: 'profile', id: 'jane.doe' }),
  row('Snapchat @ link', 'snapchat', 'https://www.snapchat.com/@jane.doe', { kind: 'profile', id: 'jane.doe' }),
  row('Reddit user', 'reddit', 'u/Jane_Doe', { kind: 'profile', id: 'Jane_Doe' }),
  row('Reddit subreddit', 'reddit', 'r/pics', { kind: 'group', id: 'pics' }),
  row('Reddit old', 'reddit', 'https://old.reddit.com/r/pics/comments/abc123/title/', { kind: 'post', id: 'abc123' }),
  row('Telegram channel', 'telegram', 'https://t.me/somechannel', { kind: 'channel', id: 'somechannel' }),
  row('Telegram handle', 'telegram', '@jane_doe', { kind: 'profile', id: 'jane_doe' }),
  row('Telegram phone link', 'telegram', 'https://t.me/+447911123456', { kind: 'phone-number', id: '+447911123456' }),
  row('Email address', 'email', 'jane@example.com', { kind: 'email-address', id: 'jane@example.com' }),
  row('Email From line', 'email', 'Jane Smith <Jane@Example.COM>', { kind: 'email-address', id: 'Jane@example.com' }),
  row('Email mailto', 'email', 'mailto:jane@example.com', { kind: 'email-address', id: 'jane@example.com' }),
  row('Website page', 'websites', 'https://forum.example.com/thread/123', { kind: 'page', id: 'https://forum.example.com/thread/123' }),
  row('Website bare', 'websites', 'example.com/page', { kind: 'page', id: 'https://example.com/page' }),
  row('Website http', 'websites', 'http://example.com/page', { kind: 'page', id: 'http://example.com/page' }),
  row('YouTube share link', 'youtube', 'https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGh', { kind: 'video', id: 'dQw4w9WgXcQ' }, 'https://youtu.be/dQw4w9WgXcQ'),
  row('YouTube link as Websites', 'websites', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=AbCdEfGh&pp=ygUE', { platform: 'youtube', kind: 'video', id: 'dQw4w9WgXcQ' }, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'),
  row('Website Spotify si', 'websites', 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=AbCdEf', { kind: 'page', id: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC' }, 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC'),
  row('Website IP address', 'websites', 'https://192.0.2.10/gallery/1', 'not recognised'),
  row('Google search', 'search-results', 'https://www.google.com/search?q=jane+smith', { kind: 'search-result', id: 'jane smith' }),
  row('Google Images', 'search-results', 'https://www.google.co.uk/search?q=jane&udm=2', { kind: 'search-result', id: 'jane' }),
  row('Google result link', 'search-results', 'https://www.google.com/url?q=https://example.com/page&sa=U', { kind: 'search-result', id: 'https://example.com/page' }),
  row('Bing search', 'search-results', 'https://www.bing.com/images/search?q=jane', { kind: 'search-result', id: 'jane' }),
  row('Search result page', 'search-results', 'https://example.com/page', { kind: 'page', id: 'https://example.com/page' }),
  row('Other handle', 'other', '@jane', { kind: 'profile', id: 'jane' }),
  row('Other link', 'other', 'https://www.example.com/videos/123', { kind: 'video', id: 'https://www.example.com/videos/123' }),
  row('Other email', 'other', 'jane@example.com', { kind: 'email-address', id: 'jane@example.com' }),
];

/** Another platform's link is a suggestion, never a wall: kept, and recognised as that platform's. */
const otherPlatformRows: Row[] = [
  row('Instagram link as Facebook', 'facebook', 'https://www.instagram.com/p/ABC123/', { platform: 'instagram', kind: 'post', id: 'ABC123' }),
  row('Facebook link as Instagram', 'instagram', 'facebook.com/jane.smith', { platform: 'facebook', kind: 'profile', id: 'jane.smith' }),
  row('TikTok link as X', 'x', 'https://www.tiktok.com/@jane', { platform: 'tiktok', kind: 'profile', id: 'jane' }),
  row('X link as OnlyFans', 'onlyfans', 'https://x.com/jane', { platform: 'x', kind: 'profile', id: 'jane' }),
  row('Facebook link as WhatsApp', 'whatsapp', 'https://www.facebook.com/jane.smith', { platform: 'facebook', kind: 'profile', id: 'jane.smith' }),
  row('Reddit link as Telegram', 'telegram', 'https://old.reddit.com/r/pics', { platform: 'reddit', kind: 'group', id: 'pics' }),
  row('Facebook share link as Websites', 'websites', 'https://www.facebook.com/share/p/1AbCdEfGh/', { platform: 'facebook', kind: 'post', id: '1AbCdEfGh' }),
  row('WhatsApp link as Other', 'other', 'https://wa.me/447911123456', { platform: 'whatsapp', kind: 'phone-number', id: '+447911123456' }),
  row('Google search as Websites', 'websites', 'https://www.google.com/search?q=jane', { platform: 'search-results', kind: 'search-result', id: 'jane' }),
  row('wa.me as Text messages', 'text-messages', 'https://wa.me/447911123456', { platform: 'whatsapp', kind: 'phone-number', id: '+447911123456' }),
  row('Facebook link as Search results', 'search-results', 'https://www.facebook.com/jane.smith', { platform: 'search-results', kind: 'page', id: 'https://www.facebook.com/jane.smith' }),
  row('Lookalike host', 'facebook', 'https://facebook.com.evil.example/x', 'not recognised'),
  row('Lookalike spelling', 'facebook', 'https://www.faceb00k.com/jane.smith', 'not recognised'),
  row('Unknown Facebook page', 'facebook', 'https://www.facebook.com/marketplace/item/123', 'not recognised'),
  row('Display name', 'instagram', 'Jane Doe', 'not recognised'),
  row('Short legacy handle', 'facebook', '@jan', 'not recognised'),
];

/** Numbers from around the world, written as people copy them: with their country code. */
const internationalNumbers: [string, string][] = [
  ['+353 87 123 4567', '+353871234567'], ['00353 87 123 4567', '+353871234567'], ['+353 (0)87 123 4567', '+353871234567'],
  ['+1 415 555 0100', '+14155550100'], ['+1 (604) 555-0123', '+16045550123'], ['+33 6 12 34 56 78', '+33612345678'],
  ['+49 1512 3456789', '+4915123456789'], ['+34 612 34 56 78', '+34612345678'], ['+39 312 345 6789', '+393123456789'],
  ['+48 512 345 678', '+48512345678'], ['+91 98765 43210', '+919876543210'], ['+61 412 345 678', '+61412345678'],
  ['+234 803 123 4567', '+2348031234567'], ['+27 82 123 4567', '+27821234567'], ['+92 300 1234567', '+923001234567'],
  ['+880 1712-345678', '+8801712345678'], ['+90 532 123 45 67', '+905321234567'], ['+40 712 345 678', '+40712345678'],
  ['+351 912 345 678', '+351912345678'], ['+31 6 12345678', '+31612345678'], ['+46 70 123 45 67', '+46701234567'],
  ['+86 139 1234 5678', '+8613912345678'], ['+81 90-1234-5678', '+819012345678'], ['+55 11 91234-5678', '+5511912345678'],
  ['+971 50 123 4567', '+971501234567'], ['+380 50 123 4567', '+380501234567'], ['+972 50-123-4567', '+972501234567'],
  ['+64 21 123 4567', '+64211234567'], ['+254 712 345678', '+254712345678'], ['+233 24 123 4567', '+233241234567'],
];

/** UK numbers in the ways people write them. */
const ukNumbers: [string, string][] = [
  ['07911 123456', '+447911123456'], ['07911123456', '+447911123456'], ['+44 7911 123456', '+447911123456'],
  ['+44 (0)7911 123456', '+447911123456'], ['+44 07911 123456', '+447911123456'], ['0044 7911 123456', '+447911123456'],
  ['447911123456', '+447911123456'], ['+447911123456', '+447911123456'], ['(020) 7946 0123', '+442079460123'],
  ['020 7946 0123', '+442079460123'], ['0121 496 0000', '+441214960000'], ['028 9018 0000', '+442890180000'],
  ['+44 131 496 0000', '+441314960000'], ['07911-123-456', '+447911123456'], ['07911.123.456', '+447911123456'],
];

/** Numbers we cannot place: kept exactly as typed, never turned into another number. */
const unplacedNumbers = ['087 123 4567', '0871 23 45', '612 34 56 78', '555 0100', '60123', '07700 900123', '1234567'];

/** The platforms a phone number identifies someone on. */
const phonePlatforms: PlatformId[] = ['whatsapp', 'text-messages', 'telegram', 'other'];

/** Direction marks and isolates apps wrap numbers in when copying. */
const markWrappers: [string, string][] = [
  ['\u202A', '\u202C'], ['\u2066', '\u2069'], ['\u200E', '\u200E'], ['\u200F', ''], ['\uFEFF', ''], ['\u2068', '\u2069'],
];

const phoneRows: Row[] = [
  ...internationalNumbers.map(([input, e164], index) =>
    row('international number', phonePlatforms[index % phonePlatforms.length]!, input, { kind: 'phone-number', id: e164 }),
  ),
  ...ukNumbers.map(([input, e164], index) => row('UK number', phonePlatforms[index % phonePlatforms.length]!, input, { kind: 'phone-number', id: e164 })),
  ...unplacedNumbers.flatMap((input) =>
    (['whatsapp', 'text-messages'] as const).map((platform) => row('number we cannot place', platform, input, { kind: 'phone-number', id: input })),
  ),
  ...[...internationalNumbers.slice(0, 8), ...ukNumbers.slice(0, 8)].flatMap(([input, e164], index) => {
    const [before, after] = markWrappers[index % markWrappers.length]!;
    return [row('number with direction marks', phonePlatforms[index % phonePlatforms.length]!, `${before}${input}${after}`, { kind: 'phone-number', id: e164 }, input)];
  }),
];

const hostileRows: Row[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)//https://www.facebook.com/x',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https://user:pass@facebook.com/x',
  'user:pass@facebook.com/x',
  'https://user@www.instagram.com/p/ABC/',
  'Look https://user:pass@x.com/jane',
  'https://www.facebook.com/\u0000jane.smith',
  '07911\u0007123456',
  'a'.repeat(10_001),
].map((input) => row('hostile', 'facebook', input, 'refused'));

const baseRows = [...auditRows, ...shareRows, ...everydayRows, ...otherPlatformRows, ...phoneRows];

const isPlainLink = (candidate: Row) =>
  /^https:\/\/\S+$/.test(candidate.input) && candidate.expected !== 'refused' && candidate.cleaned === undefined;

/** The same link as copied with the usual tracking parameters: kept with them, cleaned beside. */
const withTrackingRows: Row[] = baseRows.filter(isPlainLink).map((base) => {
  const hashAt = base.input.indexOf('#');
  const [link, hash] = hashAt === -1 ? [base.input, ''] : [base.input.slice(0, hashAt), base.input.slice(hashAt)];
  const tracked = `${link}${link.includes('?') ? '&' : '?'}utm_source=share&utm_medium=copy_link&fbclid=IwAR0AbC${hash}`;
  return { ...base, source: `${base.source}, with tracking`, input: tracked, cleaned: base.input };
});

/** The same link inside the text a share sheet or a message puts round it. */
const inTextRows: Row[] = baseRows.filter(isPlainLink).map((base, index) => {
  const input = index % 2 === 0 ? `Look at this ${base.input} please` : `Found it here: ${base.input}.`;
  return { ...base, source: `${base.source}, inside text`, input };
});

const corpus: Row[] = [...baseRows, ...withTrackingRows, ...inTextRows, ...hostileRows];

describe('the evidence corpus', () => {
  it('has at least 300 real-world inputs, the audit’s 47 rows among them', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const auditNumbers = new Set(auditRows.map(({ source }) => Number(source.replace('audit ', ''))));
    expect([...auditNumbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 47 }, (_, index) => index + 1));
  });

  it.each(corpus.map((item) => [`${item.source}: ${JSON.stringify(item.input).slice(0, 90)} on ${item.platform}`, item] as const))(
    '%s',
    (_, { platform, input, cleaned, expected }) => {
      const reading = readEvidence(platform, input);
      if (expected === 'refused') {
        expect(reading.ok).toBe(false);
        return;
      }
      if (!reading.ok) throw new Error(`refused: ${reading.message}`);
      // Kept byte for byte, parameters and all, less only the marks that reorder or hide text.
      expect(reading.entered).toBe(input.replace(removedMarks, '').trim());
      const cleanedLink = cleaned === undefined ? undefined : /https?:\/\/\S+/.exec(cleaned)?.[0];
      if (cleanedLink !== undefined) {
        expect(reading.cleanedLink).toBe(new URL(cleanedLink).href);
        expect(reading.trackingRemoved).toBe(true);
      }
      if (expected === 'not recognised') {
        expect(reading.recognised).toBeNull();
        expect(reading.hints.length).toBeGreaterThan(0);
        return;
      }
      expect(reading.recognised).toMatchObject({ platform: expected.platform ?? platform, kind: expected.kind, id: expected.id });
      if (expected.details) expect(reading.recognised?.details).toEqual(expected.details);
    },
  );
});
