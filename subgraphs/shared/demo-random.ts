// Deterministic randomness for demo data (no Math.random, no clock): a seeded generator, weighted
// sampling, and Chinese personal names, mobile numbers and ids that look real but are made up.

/** mulberry32 with a few helpers. */
export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  uint32(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return max <= min ? min : min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

/** Weighted sampling over a fixed list (cumulative weights, binary search). */
export class WeightedPool<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      sum += weight(item);
      this.cumulative.push(sum);
    }
    this.total = sum;
  }
  get empty(): boolean {
    return this.items.length === 0 || this.total <= 0;
  }
  sample(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}

export const SURNAMES = [
  '李', '王', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '高',
  '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁',
  '潘', '蒋', '蔡', '余', '杜', '叶', '程', '魏', '丁', '沈', '姚', '卢', '钟', '谭', '陆', '汪', '范', '金',
  '石', '廖', '贾', '夏', '付', '方', '邹', '熊', '秦', '江', '尹', '雷', '龙', '陶', '黎', '贺', '毛', '龚',
  '万', '严', '戴', '向', '汤', '伍', '易', '文',
] as const;
const MALE_CHARS = [
  '伟', '强', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '宇',
  '浩', '凯', '健', '俊', '帆', '旭', '宁', '龙', '林', '磊', '成', '海', '峰', '文', '东', '亮', '晨', '阳',
  '志', '国', '建', '德', '湘', '松', '兵', '锋', '武', '清', '源', '胜',
] as const;
const FEMALE_CHARS = [
  '芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '红', '琴', '云', '莉', '萍', '雪', '慧',
  '颖', '倩', '洁', '琳', '丹', '梅', '兰', '凤', '欣', '悦', '佳', '怡', '秀', '英', '桂', '春', '月', '蓉',
] as const;
const MOBILE_PREFIXES = [
  '139', '138', '137', '136', '135', '134', '150', '151', '152', '158', '159', '182', '183', '187', '188', '130',
  '131', '132', '155', '156', '185', '186', '133', '153', '180', '181', '189', '177', '199', '173',
] as const;

export function personName(rng: Rng, male: boolean): string {
  const chars = male ? MALE_CHARS : FEMALE_CHARS;
  const given = rng.chance(0.65) ? rng.pick(chars) + rng.pick(chars) : rng.pick(chars);
  return rng.pick(SURNAMES) + given;
}

/** A mobile number from a common prefix. */
export function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + rng.digits(8);
}

/** A version-4 UUID from the generator (deterministic ids for demo records). */
export function uuidFrom(rng: Rng): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  const a = hex(rng.uint32());
  const b = hex(rng.uint32());
  const c = hex(rng.uint32());
  const d = hex(rng.uint32());
  const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

/** A Fisher–Yates shuffle driven by the seeded generator (same seed, same order). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
