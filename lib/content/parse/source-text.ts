// Turning a file's bytes into text, or saying why it is not a text file an editor wrote.

export type SourceText = { ok: true; text: string } | { ok: false; message: string; hint: string };

// fatal: invalid UTF-8 is reported instead of being replaced with U+FFFD behind the editor's back.
const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeSourceText(bytes: Uint8Array): SourceText {
  if (bytes.length === 0) {
    return { ok: false, message: 'the file is empty', hint: 'write the explainer in it, or delete the file' };
  }
  if (bytes.includes(0)) {
    return {
      ok: false,
      message: 'this is not a text file (it contains binary data)',
      hint: 'save it as plain text (UTF-8) from a text editor, not from a word processor',
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      ok: false,
      message: 'the file is not valid UTF-8 text',
      hint: 'save it again with the encoding "UTF-8" (not Shift_JIS)',
    };
  }
  if (text.trim() === '') {
    return { ok: false, message: 'the file is empty', hint: 'write the explainer in it, or delete the file' };
  }
  return { ok: true, text };
}
