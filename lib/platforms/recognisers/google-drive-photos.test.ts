import '@/lib/platforms/phone-numbers-now';
import { describe, expect, it } from 'vitest';
import { platformOfUrl } from './hosts';
import { googleDrivePhotosRecogniser } from './google-drive-photos';

describe('googleDrivePhotosRecogniser', () => {
  it.each([
    ['https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing', 'page', '1AbCdEfGhIjKlMnOp', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view'],
    ['https://drive.google.com/open?id=1AbCdEfGhIjKlMnOp', 'page', '1AbCdEfGhIjKlMnOp', 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view'],
    ['https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOp', 'group', '1AbCdEfGhIjKlMnOp', 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOp'],
    ['https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit', 'page', '1AbCdEfGhIjKlMnOp', 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp'],
    ['https://photos.google.com/share/AF1QipAbCdEfGhIj?key=XyZ123', 'group', 'AF1QipAbCdEfGhIj', 'https://photos.google.com/share/AF1QipAbCdEfGhIj?key=XyZ123'],
    ['https://photos.app.goo.gl/AbCdEf123', 'group', 'AbCdEf123', 'https://photos.app.goo.gl/AbCdEf123'],
  ])('recognises %s', (input, kind, id, canonicalUrl) => {
    expect(googleDrivePhotosRecogniser.recognise(input)).toEqual({ ok: true, platform: 'google-drive-photos', kind, id, canonicalUrl });
  });

  it('treats Drive and Photos links as theirs, not as search-engine links', () => {
    expect(platformOfUrl(new URL('https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view'))).toBe('google-drive-photos');
    expect(platformOfUrl(new URL('https://photos.google.com/share/AF1QipAbCdEfGhIj'))).toBe('google-drive-photos');
    expect(platformOfUrl(new URL('https://www.google.com/search?q=jane'))).toBe('search-results');
  });

  it('says a Google search link is not a Drive one', () => {
    expect(googleDrivePhotosRecogniser.recognise('https://www.google.com/search?q=jane').ok).toBe(false);
  });

  it.each(['https://drive.google.com/drive/my-drive', 'jane_doe'])('refuses %j', (input) => {
    expect(googleDrivePhotosRecogniser.recognise(input).ok).toBe(false);
  });
});
