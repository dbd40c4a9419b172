/** Words that follow (or precede) a counter total: "Total: 135,520 content". Adding one is one line. */
export const ARCHIVE_NOUNS: readonly string[] = [
  'content',
  'contents',
  'article',
  'articles',
  'post',
  'posts',
  'item',
  'items',
  'news',
  'stories',
  'entries',
  'publications',
];
