import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/1-decode/decode.ts';
import { toLines } from '../../scripts/1-decode/lines.ts';
import iconv from 'iconv-lite';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decode', () => {
  it('strips a UTF-8 byte order mark and counts it as removed', () => {
    const d = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('一、总体要求')]), 'a.txt');
    expect(d).toEqual({ text: '一、总体要求', encoding: 'utf-8', bom: 1 });
  });

  it('decodes UTF-16 little-endian with a BOM', () => {
    const body = Buffer.from('（一）指导思想', 'utf16le');
    const d = decode(new Uint8Array([0xff, 0xfe, ...body]), 'a.txt');
    expect(d.text).toBe('（一）指导思想');
    expect(d.encoding).toBe('utf-16le');
  });

  it('detects GB18030 when the bytes are not UTF-8', () => {
    // 碳达峰 in GB18030 (GBK) bytes.
    const d = decode(new Uint8Array([0xcc, 0xbc, 0xb4, 0xef, 0xb7, 0xe5]), 'a.txt');
    expect(d).toEqual({ text: '碳达峰', encoding: 'gb18030', bom: 0 });
  });

  it('refuses an empty file with file:line', () => {
    expect(() => decode(new Uint8Array(), 'empty.txt')).toThrow(/^empty\.txt:1: 文件是空的/);
  });

  it('refuses binary data, naming the line of the first NUL byte', () => {
    expect(() => decode(utf8('第一行\n第二行\n\u0000x'), 'bin.txt')).toThrow(/^bin\.txt:3: 是二进制数据/);
  });

  it('refuses bytes that are neither UTF-8 nor readable GB18030', () => {
    const latin = new Uint8Array([...utf8('ok\n'), 0xe9, 0x74, 0xe9, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(() => decode(latin, 'latin1.txt')).toThrow(/^latin1\.txt:2: 无法识别的编码/);
  });
});

describe('toLines', () => {
  it('splits on CRLF, CR and LF and keeps every offset', () => {
    const text = '甲\r\n乙\r丙\n丁';
    const lines = toLines(text);
    expect(lines.map((l) => l.text)).toEqual(['甲', '乙', '丙', '丁']);
    expect(lines.map((l) => [l.start, l.next])).toEqual([
      [0, 3],
      [3, 5],
      [5, 7],
      [7, 8],
    ]);
  });

  it('refuses a UTF-8 file with GBK lines, naming the first GBK line', () => {
    const bytes = Buffer.concat([
      utf8('一、总体要求\n（一）指导思想\n推进节能改造。\n'),
      iconv.encode('二、重点任务\n', 'gbk'),
      utf8('三、保障措施\n'),
    ]);
    expect(() => decode(bytes, 'mixed.txt')).toThrow(/^mixed\.txt:4: 文件混用了两种编码：第 4 行是 GBK/);
  });

  it('refuses a GBK file with a UTF-8 line, naming the UTF-8 line instead of decoding it as mojibake', () => {
    const bytes = Buffer.concat([
      iconv.encode('一、总体要求\n（一）指导思想\n', 'gbk'),
      utf8('推进节能改造。\n'),
      iconv.encode('二、重点任务\n三、保障措施\n', 'gbk'),
    ]);
    expect(() => decode(bytes, 'mixed.txt')).toThrow(/^mixed\.txt:3: 文件混用了两种编码：第 3 行是 UTF-8/);
  });

  it('names the line of a lone surrogate in UTF-16', () => {
    const body = Buffer.concat([
      Buffer.from('一、总体\n二、任务', 'utf16le'),
      Buffer.from([0x00, 0xd8]),
      Buffer.from('x', 'utf16le'),
    ]);
    expect(() => decode(new Uint8Array([0xff, 0xfe, ...body]), 'u16.txt')).toThrow(
      /^u16\.txt:2: UTF-16 文件含孤立的代理项/,
    );
  });

  it('names an odd byte count in UTF-16', () => {
    const body = Buffer.concat([Buffer.from('一、总体\n二、任务', 'utf16le'), Buffer.from([0x41])]);
    expect(() => decode(new Uint8Array([0xff, 0xfe, ...body]), 'u16.txt')).toThrow(
      /^u16\.txt:2: UTF-16 文件的字节数是奇数/,
    );
  });
});
