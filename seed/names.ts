import type { Random } from './random.js';

export interface Bilingual {
  zh: string;
  en: string;
}

/** [hanzi, pinyin]; the two-character surnames make some three-character names. */
const surnames: readonly (readonly [string, string])[] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'],
  ['赵', 'Zhao'], ['吴', 'Wu'], ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'], ['胡', 'Hu'],
  ['郭', 'Guo'], ['何', 'He'], ['高', 'Gao'], ['林', 'Lin'], ['罗', 'Luo'], ['郑', 'Zheng'], ['梁', 'Liang'],
  ['谢', 'Xie'], ['宋', 'Song'], ['唐', 'Tang'], ['许', 'Xu'], ['韩', 'Han'], ['冯', 'Feng'], ['邓', 'Deng'],
  ['曹', 'Cao'], ['彭', 'Peng'], ['曾', 'Zeng'], ['肖', 'Xiao'], ['田', 'Tian'], ['董', 'Dong'], ['袁', 'Yuan'],
  ['潘', 'Pan'], ['于', 'Yu'], ['蒋', 'Jiang'], ['蔡', 'Cai'], ['余', 'Yu'], ['杜', 'Du'], ['叶', 'Ye'],
  ['程', 'Cheng'], ['苏', 'Su'], ['魏', 'Wei'], ['吕', 'Lyu'], ['丁', 'Ding'], ['任', 'Ren'], ['沈', 'Shen'],
  ['姚', 'Yao'], ['卢', 'Lu'], ['姜', 'Jiang'], ['崔', 'Cui'], ['钟', 'Zhong'], ['谭', 'Tan'], ['陆', 'Lu'],
  ['汪', 'Wang'], ['范', 'Fan'], ['金', 'Jin'], ['石', 'Shi'], ['廖', 'Liao'], ['贾', 'Jia'], ['夏', 'Xia'],
  ['韦', 'Wei'], ['方', 'Fang'], ['白', 'Bai'], ['邹', 'Zou'], ['孟', 'Meng'], ['熊', 'Xiong'], ['秦', 'Qin'],
  ['邱', 'Qiu'], ['尹', 'Yin'], ['薛', 'Xue'], ['段', 'Duan'], ['雷', 'Lei'], ['侯', 'Hou'], ['龙', 'Long'],
  ['陶', 'Tao'], ['贺', 'He'], ['顾', 'Gu'], ['毛', 'Mao'], ['郝', 'Hao'], ['龚', 'Gong'], ['邵', 'Shao'],
  ['钱', 'Qian'], ['严', 'Yan'], ['欧阳', 'Ouyang'], ['司马', 'Sima'], ['上官', 'Shangguan'],
];

const givenNames: readonly (readonly [string, string])[] = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'],
  ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'],
  ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['英', 'ying'],
  ['华', 'hua'], ['建', 'jian'], ['国', 'guo'], ['文', 'wen'], ['志', 'zhi'], ['红', 'hong'], ['晓', 'xiao'],
  ['海', 'hai'], ['宇', 'yu'], ['鹏', 'peng'], ['飞', 'fei'], ['欣', 'xin'], ['雪', 'xue'], ['琳', 'lin'],
  ['浩', 'hao'], ['博', 'bo'], ['思', 'si'], ['睿', 'rui'], ['佳', 'jia'], ['安', 'an'], ['恩', 'en'],
  ['奥', 'ao'], ['乐', 'le'], ['振', 'zhen'], ['德', 'de'], ['立', 'li'], ['春', 'chun'], ['光', 'guang'],
  ['宏', 'hong'], ['东', 'dong'], ['清', 'qing'], ['学', 'xue'], ['梅', 'mei'], ['兰', 'lan'], ['晨', 'chen'],
  ['昊', 'hao'], ['天', 'tian'], ['嘉', 'jia'], ['怡', 'yi'], ['琦', 'qi'], ['泽', 'ze'], ['俊', 'jun'],
  ['宁', 'ning'], ['岩', 'yan'], ['峰', 'feng'], ['松', 'song'], ['毅', 'yi'], ['彦', 'yan'], ['瑶', 'yao'],
];

/** A Chinese personal name of two or three characters, with its pinyin, surname first as on a passport. */
export function personName(random: Random): Bilingual {
  const [surnameZh, surnameEn] = random.pick(surnames);
  const syllables = surnameZh.length === 2 || random.chance(0.35) ? 1 : 2;
  const given = Array.from({ length: syllables }, () => random.pick(givenNames));
  const givenEn = given.map(([, pinyin]) => pinyin).reduce(joinSyllables);
  return { zh: surnameZh + given.map(([hanzi]) => hanzi).join(''), en: `${surnameEn} ${capitalise(givenEn)}` };
}

/** Pinyin marks a syllable starting with a, o or e with an apostrophe, as in Xi'an. */
function joinSyllables(left: string, right: string): string {
  return /^[aoe]/.test(right) ? `${left}'${right}` : left + right;
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numerals as school names use them: 二十三 below a hundred, digit by digit above (一五九). */
export function chineseNumber(value: number): string {
  if (value >= 100) return [...String(value)].map((digit) => digits[Number(digit)]).join('');
  if (value < 10) return digits[value]!;
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${units === 0 ? '' : digits[units]}`;
}

/**
 * Hands out names nobody has yet. `make` is asked for up to a few candidates; if all are taken,
 * the last one is numbered, as real institutions sharing a name are.
 */
export function uniqueName(used: Set<string>, make: (attempt: number) => Bilingual): Bilingual {
  let candidate = make(0);
  for (let attempt = 1; used.has(candidate.zh) && attempt < 6; attempt++) candidate = make(attempt);
  const base = candidate;
  for (let number = 2; used.has(candidate.zh); number++) {
    candidate = { zh: `${base.zh}（${chineseNumber(number)}）`, en: `${base.en} (${number})` };
  }
  used.add(candidate.zh);
  return candidate;
}

export function landline(random: Random, areaCode: string): string {
  return `${areaCode}-${random.int(2, 8)}${digitString(random, 7)}`;
}

export function mobile(random: Random): string {
  return `1${random.pick(['39', '38', '86', '58', '77', '99', '35'])}${digitString(random, 8)}`;
}

function digitString(random: Random, length: number): string {
  return Array.from({ length }, () => random.int(0, 9)).join('');
}

/** Addresses on the reserved example.org domain, so demo data never mails a real person. */
export function demoEmail(local: string): string {
  return `${local.toLowerCase().replace(/[^a-z0-9.]+/g, '')}@example.org`;
}
