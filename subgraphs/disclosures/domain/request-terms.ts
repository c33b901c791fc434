// The terms of 依申请公开 (政府信息公开条例, 2019 revision) exactly as the statutory annual report
// (国办公开办函〔2021〕30号, table 三) counts them: its columns are the applicant types, its rows the
// outcomes, so the report is a query over requests rather than a form someone fills in.

type Labels<K extends string> = Readonly<Record<K, { zh: string; en: string }>>;

/** 申请人类型 — the columns of table 三 (自然人, then the five kinds of 法人或其他组织). */
export const APPLICANT_TYPES = ['NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_WELFARE', 'LEGAL_SERVICE', 'OTHER_ORGANIZATION'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const APPLICANT_TYPE_LABELS: Labels<ApplicantType> = {
  NATURAL_PERSON: { zh: '自然人', en: 'natural person' },
  COMMERCIAL: { zh: '商业企业', en: 'commercial enterprise' },
  RESEARCH: { zh: '科研机构', en: 'research institution' },
  PUBLIC_WELFARE: { zh: '社会公益组织', en: 'public-welfare organization' },
  LEGAL_SERVICE: { zh: '法律服务机构', en: 'legal-service institution' },
  OTHER_ORGANIZATION: { zh: '其他', en: 'other organization' },
};
export const isNaturalPerson = (t: ApplicantType) => t === 'NATURAL_PERSON';

/** 申请方式 — how the request arrived; it decides the receipt date (第31条, receipt.ts). */
export const REQUEST_CHANNELS = ['IN_PERSON', 'POST', 'ONLINE', 'FAX'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
export const REQUEST_CHANNEL_LABELS: Labels<RequestChannel> = {
  IN_PERSON: { zh: '当面提交', en: 'in person' },
  POST: { zh: '邮寄', en: 'post' },
  ONLINE: { zh: '网络', en: 'online' },
  FAX: { zh: '传真', en: 'fax' },
};

/** 办理结果 — the outcome groups of table 三 row 三, (一) … (六). */
export const OUTCOME_GROUPS = ['DISCLOSED', 'PARTIALLY_DISCLOSED', 'NOT_DISCLOSED', 'UNABLE_TO_PROVIDE', 'NOT_PROCESSED', 'OTHER'] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number];
export const OUTCOME_GROUP_LABELS: Labels<OutcomeGroup> = {
  DISCLOSED: { zh: '予以公开', en: 'disclosed' },
  PARTIALLY_DISCLOSED: { zh: '部分公开（区分处理的，只计这一情形，不计其他情形）', en: 'partially disclosed (counted here only)' },
  NOT_DISCLOSED: { zh: '不予公开', en: 'not disclosed' },
  UNABLE_TO_PROVIDE: { zh: '无法提供', en: 'unable to provide' },
  NOT_PROCESSED: { zh: '不予处理', en: 'not processed' },
  OTHER: { zh: '其他处理', en: 'other handling' },
};

/** The groups' numbers in table 三. */
export const OUTCOME_GROUP_NUMBERS: Readonly<Record<OutcomeGroup, string>> = {
  DISCLOSED: '（一）',
  PARTIALLY_DISCLOSED: '（二）',
  NOT_DISCLOSED: '（三）',
  UNABLE_TO_PROVIDE: '（四）',
  NOT_PROCESSED: '（五）',
  OTHER: '（六）',
};

/**
 * One outcome per report row: the group's own row for (一) and (二), otherwise the numbered reason
 * under its group. The order is the report's.
 */
export const OUTCOMES = [
  'DISCLOSED',
  'PARTIALLY_DISCLOSED',
  'NOT_DISCLOSED_STATE_SECRET',
  'NOT_DISCLOSED_PROHIBITED_BY_LAW',
  'NOT_DISCLOSED_THREE_SAFETIES',
  'NOT_DISCLOSED_THIRD_PARTY',
  'NOT_DISCLOSED_INTERNAL_AFFAIRS',
  'NOT_DISCLOSED_PROCESS_INFO',
  'NOT_DISCLOSED_ENFORCEMENT_FILE',
  'NOT_DISCLOSED_QUERY_SERVICE',
  'UNABLE_NOT_HELD',
  'UNABLE_NEEDS_CREATION',
  'UNABLE_STILL_UNCLEAR',
  'NOT_PROCESSED_PETITION',
  'NOT_PROCESSED_REPEATED',
  'NOT_PROCESSED_PUBLICATION',
  'NOT_PROCESSED_MASS_REQUESTS',
  'NOT_PROCESSED_CONFIRMATION',
  'OTHER_NO_CORRECTION',
  'OTHER_FEE_UNPAID',
  'OTHER',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface OutcomeTerm {
  group: OutcomeGroup;
  /** The reason's number under its group (1-based), null for (一) and (二). */
  item: number | null;
  zh: string;
  en: string;
  /** The article usually cited; the office records its own legal-basis text with every answer. */
  basis: string;
}

export const OUTCOME_TERMS: Readonly<Record<Outcome, OutcomeTerm>> = {
  DISCLOSED: { group: 'DISCLOSED', item: null, zh: '予以公开', en: 'disclosed', basis: '《条例》第三十六条第（二）项' },
  PARTIALLY_DISCLOSED: { group: 'PARTIALLY_DISCLOSED', item: null, zh: '部分公开', en: 'partially disclosed', basis: '《条例》第三十七条' },
  NOT_DISCLOSED_STATE_SECRET: { group: 'NOT_DISCLOSED', item: 1, zh: '属于国家秘密', en: 'state secret', basis: '《条例》第十四条' },
  NOT_DISCLOSED_PROHIBITED_BY_LAW: { group: 'NOT_DISCLOSED', item: 2, zh: '其他法律行政法规禁止公开', en: 'prohibited by other laws', basis: '《条例》第十四条' },
  NOT_DISCLOSED_THREE_SAFETIES: { group: 'NOT_DISCLOSED', item: 3, zh: '危及“三安全一稳定”', en: 'endangers security or stability', basis: '《条例》第十四条' },
  NOT_DISCLOSED_THIRD_PARTY: { group: 'NOT_DISCLOSED', item: 4, zh: '保护第三方合法权益', en: 'protects a third party’s rights', basis: '《条例》第十五条' },
  NOT_DISCLOSED_INTERNAL_AFFAIRS: { group: 'NOT_DISCLOSED', item: 5, zh: '属于三类内部事务信息', en: 'internal affairs information', basis: '《条例》第十六条第一款' },
  NOT_DISCLOSED_PROCESS_INFO: { group: 'NOT_DISCLOSED', item: 6, zh: '属于四类过程性信息', en: 'process information', basis: '《条例》第十六条第二款' },
  NOT_DISCLOSED_ENFORCEMENT_FILE: { group: 'NOT_DISCLOSED', item: 7, zh: '属于行政执法案卷', en: 'administrative enforcement file', basis: '《条例》第十六条第二款' },
  NOT_DISCLOSED_QUERY_SERVICE: { group: 'NOT_DISCLOSED', item: 8, zh: '属于行政查询事项', en: 'administrative query service', basis: '《条例》第三十六条第（七）项' },
  UNABLE_NOT_HELD: { group: 'UNABLE_TO_PROVIDE', item: 1, zh: '本机关不掌握相关政府信息', en: 'not held by this agency', basis: '《条例》第三十六条第（四）项' },
  UNABLE_NEEDS_CREATION: { group: 'UNABLE_TO_PROVIDE', item: 2, zh: '没有现成信息需要另行制作', en: 'would have to be created', basis: '《条例》第三十八条' },
  UNABLE_STILL_UNCLEAR: { group: 'UNABLE_TO_PROVIDE', item: 3, zh: '补正后申请内容仍不明确', en: 'still unclear after correction', basis: '《条例》第三十条' },
  NOT_PROCESSED_PETITION: { group: 'NOT_PROCESSED', item: 1, zh: '信访举报投诉类申请', en: 'petition, report or complaint', basis: '《条例》第三十九条第一款' },
  NOT_PROCESSED_REPEATED: { group: 'NOT_PROCESSED', item: 2, zh: '重复申请', en: 'repeated request', basis: '《条例》第三十六条第（六）项' },
  NOT_PROCESSED_PUBLICATION: { group: 'NOT_PROCESSED', item: 3, zh: '要求提供公开出版物', en: 'asks for a publication', basis: '《条例》第三十九条第二款' },
  NOT_PROCESSED_MASS_REQUESTS: { group: 'NOT_PROCESSED', item: 4, zh: '无正当理由大量反复申请', en: 'mass repeated requests without cause', basis: '《条例》第三十五条' },
  NOT_PROCESSED_CONFIRMATION: { group: 'NOT_PROCESSED', item: 5, zh: '要求行政机关确认或重新出具已获取信息', en: 'asks to confirm or reissue information already obtained', basis: '《条例》第三十九条第二款' },
  OTHER_NO_CORRECTION: { group: 'OTHER', item: 1, zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', en: 'no correction in time (withdrawn)', basis: '《条例》第三十条' },
  OTHER_FEE_UNPAID: { group: 'OTHER', item: 2, zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', en: 'fee not paid in time', basis: '《政府信息公开信息处理费管理办法》第七条' },
  OTHER: { group: 'OTHER', item: 3, zh: '其他', en: 'other', basis: '' },
};

/** An outcome as a reader sees it: its group, then (for numbered reasons) the reason, optionally with its number. */
export function outcomeLabelZh(o: Outcome, numbered = false): string {
  const term = OUTCOME_TERMS[o];
  if (term.item === null) return OUTCOME_GROUP_LABELS[term.group].zh;
  return `${OUTCOME_GROUP_LABELS[term.group].zh} ${numbered ? `${term.item}. ` : ''}${term.zh}`;
}

/** The outcome the lifecycle itself records when a 补正 deadline passes without a correction. */
export const ABANDONED_OUTCOME: Outcome = 'OTHER_NO_CORRECTION';

/** 行政复议 / 行政诉讼 — table 四's three blocks. */
export const REMEDY_KINDS = ['REVIEW', 'SUIT_DIRECT', 'SUIT_AFTER_REVIEW'] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];
export const REMEDY_KIND_LABELS: Labels<RemedyKind> = {
  REVIEW: { zh: '行政复议', en: 'administrative review' },
  SUIT_DIRECT: { zh: '行政诉讼（未经复议直接起诉）', en: 'suit filed directly' },
  SUIT_AFTER_REVIEW: { zh: '行政诉讼（复议后起诉）', en: 'suit after review' },
};

/** Results, the columns of each block of table 四 (尚未审结 until decided). */
export const REMEDY_RESULTS = ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING'] as const;
export type RemedyResult = (typeof REMEDY_RESULTS)[number];
export const REMEDY_RESULT_LABELS: Labels<RemedyResult> = {
  UPHELD: { zh: '结果维持', en: 'upheld' },
  CORRECTED: { zh: '结果纠正', en: 'corrected' },
  OTHER: { zh: '其他结果', en: 'other result' },
  PENDING: { zh: '尚未审结', en: 'pending' },
};
