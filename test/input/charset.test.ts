import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml, PRESCAN_BYTES } from '../../src/input/charset.js';
import { parseArticle } from '../../src/index.js';

/** A small page in `charset`, encoded by iconv-lite (an encoder independent of the decoder under test). */
function page(body: string, charset: string, meta: string | null = charset): Buffer {
  const head = meta === null ? '' : `<meta charset="${meta}">`;
  return iconv.encode(`<!doctype html><html><head>${head}<title>${body}</title></head><body><h1>${body}</h1><p>${body}</p></body></html>`, charset);
}

const PAGES: readonly [string, string, string][] = [
  ['windows-1251', 'windows-1251', 'Москва: новости дня и погода'],
  ['Shift_JIS', 'shift_jis', '東京の天気予報とニュース'],
  ['GB18030', 'gb18030', '北京新闻：今日天气晴朗'],
  ['GBK', 'gbk', '上海市政府发布通知'],
  ['EUC-KR', 'euc-kr', '서울 뉴스와 날씨'],
  ['ISO-8859-2', 'iso-8859-2', 'Łódź i Kraków: żółć, źdźbło'],
  ['ISO-8859-7', 'iso-8859-7', 'Αθήνα: ειδήσεις και καιρός'],
  ['ISO-8859-15', 'iso-8859-15', 'Prix en € à Saint-Étienne'],
  ['windows-1256', 'windows-1256', 'أخبار بيروت اليوم'],
  ['KOI8-R', 'koi8-r', 'Санкт-Петербург'],
];

describe('decodeHtml: each declared charset reads right', () => {
  it.each(PAGES)('%s in <meta charset>', (label, name, text) => {
    const decoded = decodeHtml(page(text, label));
    expect(decoded.encoding).toBe(name);
    expect(decoded.from).toBe('meta');
    expect(decoded.text).toContain(`<h1>${text}</h1>`);
    expect(decoded.warnings).toEqual([]);
  });

  it.each(PAGES)('%s from the transport, with no <meta>', (label, name, text) => {
    const decoded = decodeHtml(page(text, label, null), `text/html; charset=${label}`);
    expect(decoded).toMatchObject({ encoding: name, from: 'transport', warnings: [] });
    expect(decoded.text).toContain(`<p>${text}</p>`);
  });

  it('reads the charset of <meta http-equiv="Content-Type" content="…; charset=…">', () => {
    const bytes = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>Привет</p></body></html>', 'windows-1251');
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'windows-1251', from: 'meta' });
    expect(decodeHtml(bytes).text).toContain('Привет');
  });

  it('parses a windows-1251 page into Cyrillic article text', () => {
    const html = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article><h1>Мост открыли после ремонта</h1><p>Движение по мосту возобновилось в понедельник утром, сообщили в мэрии города.</p></article></body></html>';
    const article = parseArticle(decodeHtml(iconv.encode(html, 'windows-1251')).text, { format: 'html' });
    expect(article.title).toBe('Мост открыли после ремонта');
    expect(article.body).toEqual(['Движение по мосту возобновилось в понедельник утром, сообщили в мэрии города.']);
  });
});

describe('decodeHtml: the order a browser follows', () => {
  it('a BOM beats the transport and the <meta>', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1251"><p>naïve</p>')]);
    const decoded = decodeHtml(bytes, 'text/html; charset=iso-8859-2');
    expect(decoded).toMatchObject({ encoding: 'utf-8', from: 'bom', text: '<meta charset="windows-1251"><p>naïve</p>' });
  });

  it('a UTF-16LE BOM is read (the NUL bytes are UTF-16, not binary)', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>Grüße</p>', 'utf-16le')]);
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'utf-16le', from: 'bom', text: '<p>Grüße</p>' });
  });

  it('the transport beats the <meta>', () => {
    const bytes = page('Ελλάδα', 'iso-8859-7', 'windows-1251');
    expect(decodeHtml(bytes, 'text/html; charset="ISO-8859-7"')).toMatchObject({ encoding: 'iso-8859-7', from: 'transport' });
    expect(decodeHtml(bytes).encoding).toBe('windows-1251');
  });

  it('reads labels as browsers do: iso-8859-1 and latin1 mean windows-1252', () => {
    const bytes = iconv.encode('<p>“quoted” – 5€</p>', 'windows-1252');
    for (const label of ['iso-8859-1', 'latin1', 'US-ASCII']) {
      expect(decodeHtml(bytes, `text/html; charset=${label}`)).toMatchObject({ encoding: 'windows-1252', text: '<p>“quoted” – 5€</p>' });
    }
  });

  it('a <meta> after the first 1024 bytes is not read', () => {
    const bytes = Buffer.concat([Buffer.from(`<!--${'x'.repeat(PRESCAN_BYTES)}-->`), page('Привет', 'windows-1251')]);
    expect(decodeHtml(bytes)).toMatchObject({ from: 'default', encoding: 'windows-1252' });
  });

  it('no declaration and valid UTF-8: UTF-8, no warning', () => {
    expect(decodeHtml(Buffer.from('<p>Zürich, 東京</p>'))).toEqual({ text: '<p>Zürich, 東京</p>', encoding: 'utf-8', from: 'default', warnings: [] });
  });

  it('no declaration and invalid UTF-8: windows-1252 with a charset-guessed warning', () => {
    const decoded = decodeHtml(iconv.encode('<p>Café crème</p>', 'windows-1252'));
    expect(decoded).toMatchObject({ text: '<p>Café crème</p>', encoding: 'windows-1252', from: 'default' });
    expect(decoded.warnings.map((w) => w.code)).toEqual(['charset-guessed']);
    expect(decoded.warnings[0]).toMatchObject({ start: null, end: null });
  });
});

describe('decodeHtml: odd input warns, never throws', () => {
  it('declared UTF-8 with bad bytes: U+FFFD and invalid-utf8', () => {
    const decoded = decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0x41]), 'text/html; charset=utf-8');
    expect(decoded.text).toBe('<p>\uFFFDA');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
  });

  it('bytes a multi-byte charset cannot decode: invalid-bytes', () => {
    const decoded = decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0x82]), 'text/html; charset=shift_jis');
    expect(decoded.encoding).toBe('shift_jis');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['invalid-bytes']);
  });

  it('an unknown transport charset is ignored with a warning, and the <meta> is read', () => {
    const decoded = decodeHtml(page('Привет', 'windows-1251'), 'text/html; charset=klingon');
    expect(decoded).toMatchObject({ encoding: 'windows-1251', from: 'meta' });
    expect(decoded.warnings.map((w) => w.code)).toEqual(['unknown-charset']);
  });

  it('the replacement encoding (ISO-2022-KR) is not decoded to one U+FFFD: the page falls back, with a warning', () => {
    const decoded = decodeHtml(Buffer.from('<p>plain ascii</p>'), 'text/html; charset=iso-2022-kr');
    expect(decoded).toMatchObject({ text: '<p>plain ascii</p>', encoding: 'utf-8', from: 'default' });
    expect(decoded.warnings.map((w) => w.code)).toEqual(['unknown-charset']);
  });

  it.each([[''], ['text/html'], ['garbage;;;'], ['text/html; charset='], ['a, b, c']])('a Content-Type without a usable charset (%j) changes nothing', (ct) => {
    expect(decodeHtml(Buffer.from('<p>ü</p>'), ct)).toEqual({ text: '<p>ü</p>', encoding: 'utf-8', from: 'default', warnings: [] });
  });

  it('empty bytes give empty text', () => {
    expect(decodeHtml(new Uint8Array(0))).toEqual({ text: '', encoding: 'utf-8', from: 'default', warnings: [] });
  });

  it('misuse is a TypeError that names what was given', () => {
    expect(() => decodeHtml('<p>x</p>' as unknown as Uint8Array)).toThrow(/Uint8Array.*string/);
    expect(() => decodeHtml(Buffer.from('x'), 42 as unknown as string)).toThrow(TypeError);
  });
});

describe('charsetOf', () => {
  it.each([
    ['text/html; charset=UTF-8', 'UTF-8'],
    ['text/html;charset="windows-1251"', 'windows-1251'],
    ['text/html; CHARSET=koi8-r; foo=bar', 'koi8-r'],
    ['text/html, text/html; charset=gbk', 'gbk'],
    ['text/html', null],
    ['', null],
    ['not a type', null],
  ])('%j → %j', (ct, want) => {
    expect(charsetOf(ct)).toBe(want);
  });
});
