/** A separator and an image source closing a caption: " - Getty Images", " | AFP", " / YouTube". */
const TRAILING_CREDIT = String.raw`\s(?:\/|\||–|-)\s?(?:Getty Images|AFP|Reuters|AP Photo|Shutterstock|Wikimedia Commons|YouTube)`;

/**
 * Lines that caption an image, video or embed rather than carry article prose. Each is a
 * whole-line pattern on a folded, trimmed line, linear-time. Adding a form is one line.
 */
export const CAPTION_FORMS: readonly RegExp[] = [
  /^(?:photo|image|picture|video|file photo|illustration|graphic|screenshot|screengrab|credit|photo credit|image credit|image source)\s?:\s?\S.{0,300}$/i,
  /^\[(?:photo|image|video|embedded content|embed)[^\]]{0,100}\]$/i,
  // The three forms below end a line of text: "… (Photo: AFP)". Written as "find the '(' (or the
  // separator), then look back for 1–300 characters before it" rather than "^.{1,300}\(", so the
  // engine starts work only at a '(' instead of backtracking through every line.
  /\((?<=^.{2,301})(?:photo|image|picture|video|screenshot|credit|file)\b[^()]{0,100}\)$/i,
  // "President Trump, right, with Rep. Robert Lighthizer ( REUTERS/Jonathan Ernst/Reuters )"
  /\((?<=^.{2,301})\s?(?:REUTERS|AP|AFP|Getty|EPA|UPI|Bloomberg|Shutterstock)\b[^()]{0,100}\)$/i,
  // "… - Getty Images": the credit is found first, then the 1–200 characters before it are looked back at.
  new RegExp(`${TRAILING_CREDIT}(?<=^.{1,200}${TRAILING_CREDIT})\\b[^.!?]{0,60}$`, 'i'),
];
