// 诉求分类: the matters requests are about. Codes are stable (stored and filtered on); labels are
// what the hotline's own classification calls them.

export const CATEGORIES = {
  URBAN_CONSTRUCTION: { zh: '城乡建设', en: 'urban and rural construction' },
  TRANSPORT: { zh: '交通运输', en: 'transport' },
  SOCIAL_SECURITY: { zh: '劳动和社会保障', en: 'labour and social security' },
  EDUCATION: { zh: '教育', en: 'education' },
  HEALTH: { zh: '卫生健康', en: 'health' },
  ENVIRONMENT: { zh: '生态环境', en: 'environment' },
  AGRICULTURE: { zh: '农业农村', en: 'agriculture and rural affairs' },
  MARKET_REGULATION: { zh: '市场监管', en: 'market regulation' },
  PUBLIC_SAFETY: { zh: '公共安全', en: 'public safety' },
  UTILITIES: { zh: '水电气热', en: 'water, power, gas and heating' },
  CIVIL_AFFAIRS: { zh: '民政', en: 'civil affairs' },
  GOVERNMENT_SERVICE: { zh: '政务服务', en: 'government services' },
  OTHER: { zh: '其他', en: 'other' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type CategoryCode = keyof typeof CATEGORIES;
export const CATEGORY_CODES = Object.keys(CATEGORIES) as CategoryCode[];
export const isCategory = (code: string): code is CategoryCode => Object.hasOwn(CATEGORIES, code);
