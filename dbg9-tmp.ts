import { anyOf, LABEL_ENDINGS } from './src/vocabulary/index.ts';
const LABEL_START = new RegExp(`^\\s*[\\u4e00-\\u9fa5]{0,6}${anyOf(LABEL_ENDINGS)}\\s*[:：]`);
console.log(LABEL_START.source, LABEL_START.test('研究目标：利用薄膜'));
