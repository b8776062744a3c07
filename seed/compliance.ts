import type { ComplianceStatus } from '../kit/platform/vocabulary.js';
import { DAY, daysBefore, later, shanghaiDate } from './clock.js';
import type { District } from './places.js';
import type { Random } from './random.js';
import type { ComplianceRecordRow } from './rows.js';

/** A venue's compliance history, from its whitelisting to where it stands today. */
export type ComplianceStory = 'CLEAN' | 'RESTORED' | 'UNDER_RECTIFICATION' | 'SUSPENDED' | 'BLACKLISTED';

export const currentStatus: Record<ComplianceStory, ComplianceStatus> = {
  CLEAN: 'WHITELISTED',
  RESTORED: 'WHITELISTED',
  UNDER_RECTIFICATION: 'UNDER_RECTIFICATION',
  SUSPENDED: 'SUSPENDED',
  BLACKLISTED: 'BLACKLISTED',
};

/** Shares of all venues; only invented venues get into trouble. */
const troubleShares: readonly (readonly [ComplianceStory, number])[] = [
  ['UNDER_RECTIFICATION', 0.05], ['SUSPENDED', 0.01], ['BLACKLISTED', 0.01], ['RESTORED', 0.03],
];

export function complianceStories(random: Random, invented: readonly number[], total: number): Map<number, ComplianceStory> {
  const wanted = troubleShares.map(([story, share]) => [story, Math.round(total * share)] as const);
  const chosen = random.sample(invented, wanted.reduce((sum, [, count]) => sum + count, 0));
  const stories = new Map<number, ComplianceStory>();
  for (const [story, count] of wanted) {
    for (const id of chosen.splice(0, count)) stories.set(id, story);
  }
  return stories;
}

const rectificationReasons = [
  '消防安全检查发现疏散通道堵塞、应急照明损坏，责令限期整改',
  '研学课程收费标准未按规定公示，责令限期整改',
  '讲解和授课人员资质材料不全，须补充备案后方可接待学生团体',
  '研学活动安全应急预案不完善，未配备专职安全员，责令限期整改',
  '食品安全检查不达标，暂停供餐并限期整改',
  '未按规定签订学校团体接待安全责任书，责令限期整改',
];

const suspensionReasons = [
  '接待学生团体期间发生安全事故，暂停合作资格，待调查处理',
  '超出备案范围开展学科类培训，暂停进入校园课后服务',
  '整改期满经复查仍不合格，暂停合作资格',
];

const blacklistReasons = [
  '以科普研学名义违规开展学科类培训并高额收费，列入黑名单',
  '虚假宣传、伪造办学和讲解资质，列入黑名单',
  '预收费资金未纳入监管且拒不整改，列入黑名单',
];

/** The records telling a venue's story, oldest first, each issued by its district's education authority. */
export function complianceRecordsFor(
  random: Random, venueId: number, district: District, story: ComplianceStory, now: Date, nextId: () => number,
): ComplianceRecordRow[] {
  const record = (status: ComplianceStatus, reason: string, at: Date): ComplianceRecordRow => ({
    id: nextId(), venueId, status, reason, notice: noticeNumber(random, district, at), recordedAt: at,
    recordedBy: `district:${district.name}`,
  });
  const whitelisted = daysBefore(now, random.int(400, 1500));
  const records = [record('WHITELISTED', '通过资质审核，纳入校外科普教育资源白名单', whitelisted)];
  if (story === 'CLEAN') return records;
  const noticed = daysBefore(now, story === 'UNDER_RECTIFICATION' ? random.int(5, 90) : random.int(120, 360));
  records.push(record('UNDER_RECTIFICATION', random.pick(rectificationReasons), noticed));
  const decided = later(noticed, random.int(30, 90) * DAY);
  if (story === 'RESTORED') records.push(record('WHITELISTED', '整改完成，经复查合格，恢复白名单', decided));
  if (story === 'SUSPENDED') records.push(record('SUSPENDED', random.pick(suspensionReasons), decided));
  if (story === 'BLACKLISTED') records.push(record('BLACKLISTED', random.pick(blacklistReasons), decided));
  return records;
}

/** Beijing's and Chongqing's districts have education commissions; the other cities' have bureaus. */
function noticeNumber(random: Random, district: District, at: Date): string {
  const authority = ['Beijing', 'Chongqing'].includes(district.city.name) ? '教育委员会' : '教育局';
  return `${district.nameZh}${authority}通知〔${shanghaiDate(at).slice(0, 4)}〕${random.int(1, 120)}号`;
}
