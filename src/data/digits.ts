/**
 * Non-Latin decimal digit ranges folded to ASCII: each row is the code point of that
 * script's zero. Adding a script is one line.
 */
export const DIGIT_ZEROS: readonly number[] = [
  0x0660, // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  0x06f0, // Extended Arabic-Indic (Persian, Urdu) ۰۱۲۳۴۵۶۷۸۹
  0x0966, // Devanagari
  0x09e6, // Bengali
  0xff10, // Fullwidth
];
