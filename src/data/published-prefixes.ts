/**
 * Labels that may precede a publication timestamp, with how much they vouch for it
 * (an update time is weaker evidence than a publication time). Adding one is one line.
 */
export const PUBLISHED_PREFIXES: readonly {
  readonly text: string;
  readonly weight: number;
  /** Set on labels of an update time, which is kept apart from the publication time. */
  readonly updated?: true;
}[] = [
  { text: 'Published', weight: 1 },
  { text: 'Published on', weight: 1 },
  { text: 'Published at', weight: 1 },
  { text: 'First published', weight: 1 },
  { text: 'First published on', weight: 1 },
  { text: 'Date published', weight: 1 },
  { text: 'Publication date', weight: 1 },
  { text: 'Publish date', weight: 1 },
  { text: 'Posted', weight: 1 },
  { text: 'Posted on', weight: 1 },
  { text: 'Posted at', weight: 1 },
  { text: 'Date', weight: 0.95 },
  { text: 'Dated', weight: 0.95 },
  { text: 'Created', weight: 0.9 },
  { text: 'Created on', weight: 0.9 },
  { text: 'نشر في', weight: 1 },
  { text: 'نشر بتاريخ', weight: 1 },
  { text: 'تاريخ النشر', weight: 1 },
  { text: 'Updated', weight: 0.8, updated: true },
  { text: 'Updated on', weight: 0.8, updated: true },
  { text: 'Updated at', weight: 0.8, updated: true },
  { text: 'Last updated', weight: 0.8, updated: true },
  { text: 'Last updated on', weight: 0.8, updated: true },
  { text: 'Last modified', weight: 0.8, updated: true },
  { text: 'Modified', weight: 0.8, updated: true },
  { text: 'آخر تحديث', weight: 0.8, updated: true },
  { text: 'اخر تحديث', weight: 0.8, updated: true },
  { text: 'تم التحديث', weight: 0.8, updated: true },
];
