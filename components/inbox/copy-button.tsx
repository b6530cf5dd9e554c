'use client';

/**
 * Copies a piece of text (an evidence address, a phone number) to the clipboard, so a
 * caseworker can paste it into their case system or a browser they chose, instead of tapping a
 * link that may open an intimate image on the screen in front of them.
 */
import { useState } from 'react';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--secondary copy-button"
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? 'Copied' : label}
    </button>
  );
}
