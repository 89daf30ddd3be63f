// Finding the enhanced status code (RFC 3463) and the SMTP reply code (RFC 5321) in a line of
// text. Rules after sisimai's Sisimai::SMTP::Status.find and Sisimai::SMTP::Reply.find
// (rb-sisimai 5.1, BSD-2-Clause): skip IPv4 addresses and version numbers, prefer a specific code
// over an X.0.0 one, accept only reply codes that SMTP defines.

const REPLY_CODES: Record<'2' | '4' | '5', readonly string[]> = {
  '5': ['550', '552', '553', '551', '521', '525', '502', '520', '523', '524', '530', '533', '534', '535', '538', '555', '556', '554', '557', '500', '501', '503', '504'],
  '4': ['421', '450', '451', '452', '422', '430', '432', '453', '454', '455', '456', '458', '459'],
  '2': ['211', '214', '220', '221', '235', '250', '251', '252', '253', '354'],
};

const IPV4 = /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g;
// A status code: class, subject 0–7, detail up to three digits; not inside a longer number,
// not after a letter "v" (version numbers) or a digit/dot.
const STATUS = /(?<![\d.vV])([245])\.([0-7])\.(\d{1,3})(?![\d])/g;

/** True for a well-formed enhanced status code such as 5.7.509. */
export const isStatusCode = (s: string | undefined): s is string => !!s && /^[245]\.[0-7]\.\d{1,3}$/.test(s);

/** The first specific enhanced status code in the text ('5.1.1'), else an X.0.0 one, else undefined. */
export function findStatus(text: string | undefined, cls?: '2' | '4' | '5'): string | undefined {
  if (!text) return undefined;
  const masked = text.replace(IPV4, '***');
  let generic: string | undefined;
  for (const m of masked.matchAll(STATUS)) {
    const code = `${m[1]}.${m[2]}.${m[3]}`;
    if (cls && m[1] !== cls) continue;
    if (m[2] === '0' && m[3] === '0') {
      generic ??= code;
      continue;
    }
    if (code === '4.4.7') {
      generic ??= code; // "delivery time expired" says less than whatever else is given
      continue;
    }
    return code;
  }
  return generic;
}

/** The first SMTP reply code of the given class (or 5, 4, 2 in that order) in the text. */
export function findReplyCode(text: string | undefined, cls?: '2' | '4' | '5'): string | undefined {
  if (!text || text.length < 3 || /x-unix/i.test(text)) return undefined;
  const padded = ` ${text.replace(IPV4, '***')} `;
  const classes = cls ? [cls] : (['5', '4', '2'] as const);
  let best: { at: number; code: string } | undefined;
  for (const c of classes) {
    for (const code of REPLY_CODES[c]) {
      let at = padded.indexOf(code);
      while (at >= 0) {
        const before = padded.charCodeAt(at - 1);
        const after = padded.charCodeAt(at + 3);
        const digitish = (ch: number) => ch > 45 && ch < 58; // '.', '/' and digits
        if (!digitish(before) && !digitish(after)) break;
        at = padded.indexOf(code, at + 1);
      }
      if (at >= 0 && (!best || at < best.at)) best = { at, code };
    }
    if (best) return best.code;
  }
  return undefined;
}

/**
 * Which of two status codes to keep: the DSN's Status field or the one in the diagnostic text.
 * After sisimai's SMTP::Status.prefer: the one whose class matches the reply code, then the more
 * specific (not X.0.0), then the text's over the ambiguous 4.4.7 and 5.3.x.
 */
export function preferStatus(field: string | undefined, inText: string | undefined, reply: string | undefined): string | undefined {
  if (!isStatusCode(field)) return inText;
  if (!isStatusCode(inText)) return field;
  if (field === inText) return field;
  const r = reply?.[0];
  if (r && field[0] !== inText[0]) {
    if (r === field[0]) return field;
    if (r === inText[0]) return inText;
  }
  if (/\.0\.0$/.test(field)) return /\.0\.0$/.test(inText) ? field : inText;
  if (/\.0\.\d+$/.test(field) && !/\.0\./.test(inText)) return inText;
  if (/\.0\.0$/.test(inText)) return field;
  if (field === '4.4.7' || field.startsWith('5.3.')) return inText;
  if (field === '5.1.1') return /\.0\./.test(inText) ? field : inText;
  if (field === '5.1.3' && inText.startsWith('5.7.')) return inText;
  return field;
}
