/**
 * TEST ONLY. A throwaway GnuPG home with one key pair (no passphrase), made with the real `gpg`
 * binary, so tests can check that a PGP/MIME message really decrypts with standard tools.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type TestKeyring = {
  home: string;
  /** The armored public key, written to a file as PGP_PUBLIC_KEY_FILE would name it. */
  publicKeyFile: string;
  decrypt(armored: string): string;
  dispose(): void;
};

/** Generates a key pair (ed25519 + cv25519, expiring in a year) in a new GNUPGHOME. */
export function createTestKeyring(email = 'pgp@support-service.example'): TestKeyring {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gpg-'));
  fs.chmodSync(home, 0o700);
  const env = { ...process.env, GNUPGHOME: home };
  const gpg = (args: string[], input?: string) =>
    execFileSync('gpg', ['--batch', '--yes', '--no-tty', ...args], { env, input, stdio: ['pipe', 'pipe', 'pipe'] });
  gpg(['--passphrase', '', '--quick-gen-key', `Support Service <${email}>`, 'future-default', 'default', '1y']);
  const publicKeyFile = path.join(home, 'support-service.asc');
  fs.writeFileSync(publicKeyFile, gpg(['--armor', '--export', email]));
  return {
    home,
    publicKeyFile,
    decrypt: (armored) => gpg(['--decrypt'], armored).toString('utf8'),
    dispose() {
      try {
        execFileSync('gpgconf', ['--kill', 'gpg-agent'], { env, stdio: 'ignore' });
      } catch {
        // No agent was started.
      }
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
