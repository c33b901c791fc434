// What the demo county's requests are about: per category and kind, a title, what the citizen
// says and what the answer is, and who handles it (department name keywords, or the township
// government). Placeholders: {place} the location (乡镇 + 村/社区), {county}, {who} the citizen as
// the channel names them (来电人, 网民, 来信人, 来访群众), {amount} a sum of money.
import type { CategoryCode } from '../domain/categories';
import type { ComplaintKind, Priority } from '../domain/complaint-state';

export interface Matter {
  category: CategoryCode;
  kind: ComplaintKind;
  title: string;
  content: string;
  /** The reply: given directly by the hotline, or by the 承办单位. */
  answer: string;
  /** Department name keywords, best first (dispatch goes to a department whose name contains one). */
  to: readonly string[];
  /** Share dispatched to the township government of the location instead (when there is one). */
  township: number;
  /** A fixed priority class; otherwise ORDINARY, or sometimes COMPLEX for non-consultations. */
  priority: Priority | null;
  /** Relative frequency within its kind. */
  weight: number;
}

type Options = Partial<Pick<Matter, 'to' | 'township' | 'priority' | 'weight'>>;

const m = (category: CategoryCode, kind: ComplaintKind, title: string, content: string, answer: string, options: Options = {}): Matter => ({
  category,
  kind,
  title,
  content,
  answer,
  to: options.to ?? [],
  township: options.township ?? 0,
  priority: options.priority ?? null,
  weight: options.weight ?? 1,
});

export const MATTERS: readonly Matter[] = [
  // 城乡建设
  m('URBAN_CONSTRUCTION', 'CONSULTATION', '咨询农村村民自建房审批手续', '{who}准备在{place}翻建自家住房，询问农村村民建房需要办理哪些手续、到哪里申请。', '已告知：农村村民建房须向所在村提出申请，经村民会议讨论、乡镇审核后核发乡村建设规划许可证和农村宅基地批准书，可到所在乡镇便民服务中心咨询办理。', { to: ['自然资源'], township: 0.5, weight: 2 }),
  m('URBAN_CONSTRUCTION', 'CONSULTATION', '咨询商品房网签备案查询方式', '{who}在县城购买了一套商品房，询问如何查询房屋网签备案情况。', '已告知：可持购房合同及身份证到县政务服务中心住建窗口查询，也可登录县住建局网站“商品房网签备案查询”栏目查询。', { to: ['住房和城乡建设'] }),
  m('URBAN_CONSTRUCTION', 'CONSULTATION', '咨询公共租赁住房申请条件', '{who}询问本县公共租赁住房的申请条件、所需材料和受理时间。', '已告知：申请人须在本县有城镇户籍或稳定就业，家庭人均收入和住房面积符合公布标准，可携带身份证、户口簿、收入证明到县住建局住房保障窗口申请，全年受理。', { to: ['住房和城乡建设'] }),
  m('URBAN_CONSTRUCTION', 'COMPLAINT', '{place}夜间施工噪音扰民', '{who}反映{place}附近一处工地连续多日晚上十点以后仍在施工，机械噪音很大，严重影响周边居民休息，要求查处。', '经现场核查，该工地确存在夜间违规施工情况，已责令施工单位立即停止夜间作业，确需连续施工的须依法办理手续并提前公示，已将处理情况告知诉求人。', { to: ['城市管理', '生态环境'], township: 0.15, weight: 2 }),
  m('URBAN_CONSTRUCTION', 'COMPLAINT', '{place}路灯损坏多日无人维修', '{who}反映{place}主干道有多盏路灯损坏，晚上一片漆黑，群众出行不便，存在安全隐患，希望尽快维修。', '已安排路灯维修班组对损坏路灯进行了更换维修，目前已全部恢复照明，并将该路段纳入日常巡查。', { to: ['城市管理'], township: 0.4 }),
  m('URBAN_CONSTRUCTION', 'COMPLAINT', '{place}生活垃圾清运不及时', '{who}反映{place}垃圾收集点的生活垃圾堆积多日未清运，气味难闻，蚊蝇滋生，要求尽快清运。', '已督促环卫作业单位对该收集点进行了清运和消杀，并将清运频次调整为每日一次，安排专人巡查。', { to: ['城市管理'], township: 0.6, weight: 2 }),
  m('URBAN_CONSTRUCTION', 'HELP', '{place}路边窨井盖缺失存在安全隐患', '{who}反映{place}路边一处窨井盖缺失，行人和车辆通行存在很大安全隐患，请求尽快处理。', '接单后已立即安排人员到场设置警示围挡，并于当日补装井盖，隐患已消除。', { to: ['城市管理', '住房和城乡建设'], priority: 'URGENT' }),
  m('URBAN_CONSTRUCTION', 'HELP', '{place}下水道堵塞污水外溢', '{who}反映{place}一段下水道堵塞，污水漫到路面，居民出行困难，请求疏通。', '已安排市政养护人员对堵塞管道进行疏通清淤，污水外溢问题已解决。', { to: ['住房和城乡建设', '城市管理'], township: 0.3 }),
  m('URBAN_CONSTRUCTION', 'REPORT', '举报{place}有人违法搭建', '{who}举报{place}有住户未经审批在自家房屋顶层违法加盖彩钢房，存在安全隐患。', '经执法人员现场调查，当事人未取得建设工程规划许可，已下达责令限期拆除通知书，将跟踪督促拆除到位。', { to: ['城市管理', '自然资源'], township: 0.3 }),
  m('URBAN_CONSTRUCTION', 'SUGGESTION', '建议在{place}增设公共停车泊位', '{who}建议在{place}集贸市场周边增设公共停车泊位，缓解赶集日停车难、道路拥堵的问题。', '感谢您的建议。已将其纳入城乡停车设施规划统筹考虑，将结合道路条件适时施划临时停车泊位。', { to: ['城市管理', '住房和城乡建设'] }),

  // 交通运输
  m('TRANSPORT', 'CONSULTATION', '咨询城乡公交线路和发车时间', '{who}询问从{place}到县城的城乡公交线路、首末班时间和票价。', '已告知：该线路首班6:30、末班18:00，约30分钟一班，票价按里程计收，可关注县交通运输局公众号查询实时线路信息。', { to: ['交通运输'], weight: 2 }),
  m('TRANSPORT', 'CONSULTATION', '咨询驾驶证到期换证办理', '{who}询问驾驶证到期换证需要准备哪些材料、能否网上办理。', '已告知：可通过“交管12123”APP在线申请换证，或携带身份证、体检证明到县公安局交警大队车管所窗口办理。', { to: ['公安'], weight: 2 }),
  m('TRANSPORT', 'COMPLAINT', '投诉出租车拒载', '{who}反映在县城汽车站附近乘坐出租车时遭司机拒载，要求查处。', '经调查核实，已对涉事驾驶员进行批评教育并依法作出处罚，同时对全县出租车驾驶员开展服务规范培训，已向诉求人反馈。', { to: ['交通运输'] }),
  m('TRANSPORT', 'COMPLAINT', '{place}通村公路路面破损严重', '{who}反映{place}通村公路路面破损、坑洼较多，雨天积水，车辆通行困难。', '已安排养护人员对破损路面进行了修补，并将该路段纳入年度农村公路提质改造计划。', { to: ['交通运输'], township: 0.35, weight: 2 }),
  m('TRANSPORT', 'HELP', '{place}路段交通事故造成拥堵', '{who}反映{place}路段发生交通事故，车辆拥堵严重，请求尽快派人疏导。', '已通知交警大队值班民警赶赴现场处置，事故车辆已移除，道路恢复通行。', { to: ['公安'], priority: 'URGENT' }),
  m('TRANSPORT', 'SUGGESTION', '建议在{place}学校路口增设红绿灯', '{who}建议在{place}学校门口路口增设红绿灯和减速带，保障学生上下学安全。', '经现场勘察，已在该路口增设减速带和警示标志，信号灯设置已纳入明年交通设施建设计划。', { to: ['公安', '交通运输'] }),

  // 劳动和社会保障
  m('SOCIAL_SECURITY', 'CONSULTATION', '咨询灵活就业人员养老保险缴费', '{who}询问以灵活就业人员身份参加职工养老保险的缴费基数和缴费方式。', '已告知：缴费基数可在全省上年度平均工资的60%至300%之间自主选择，可通过税务APP缴费，或到县社保中心窗口办理参保登记。', { to: ['社会保险', '人力资源和社会保障'], weight: 3 }),
  m('SOCIAL_SECURITY', 'CONSULTATION', '咨询城乡居民医保缴费标准', '{who}询问今年城乡居民基本医疗保险个人缴费标准和缴费截止时间。', '已告知本年度个人缴费标准及集中缴费期，可通过微信、支付宝“湘税社保”缴纳，或到村（社区）代缴点缴纳。', { to: ['医疗保障'], weight: 3 }),
  m('SOCIAL_SECURITY', 'CONSULTATION', '咨询失业保险金申领条件', '{who}近期被单位解除劳动合同，询问失业保险金的申领条件和办理方式。', '已告知：非因本人意愿中断就业、失业前已缴纳失业保险满一年并已办理失业登记的，可申领失业保险金，可通过“湘就业”平台或到县人社局窗口申请。', { to: ['人力资源和社会保障'], weight: 2 }),
  m('SOCIAL_SECURITY', 'CONSULTATION', '咨询异地就医备案办理', '{who}家属需到长沙住院治疗，询问异地就医备案如何办理。', '已告知：可通过“国家医保服务平台”APP或到县医保局窗口办理异地就医备案，备案后在定点医院可直接结算。', { to: ['医疗保障'], weight: 2 }),
  m('SOCIAL_SECURITY', 'CONSULTATION', '咨询养老金领取资格认证', '{who}询问退休人员每年养老金领取资格认证的时间和方式。', '已告知：可通过“智慧人社”APP人脸识别认证，行动不便的可由村（社区）工作人员上门协助认证。', { to: ['社会保险'], weight: 2 }),
  m('SOCIAL_SECURITY', 'COMPLAINT', '反映{place}某工地拖欠农民工工资', '{who}反映在{place}某建设项目务工，工程已完工三个月，包工头拖欠其本人及工友工资共计约{amount}未支付。', '经县劳动保障监察大队调查核实，已责令施工总承包企业限期支付，目前拖欠工资已全部发放到位。', { to: ['人力资源和社会保障'], weight: 3 }),
  m('SOCIAL_SECURITY', 'COMPLAINT', '反映单位未依法缴纳社会保险', '{who}反映所在企业入职一年多一直未为其缴纳社会保险，要求督促企业补缴。', '经劳动保障监察调查，已责令该企业为诉求人补缴社会保险，企业已按要求办理。', { to: ['人力资源和社会保障'] }),
  m('SOCIAL_SECURITY', 'HELP', '求助养老金资格认证无法完成', '{who}家中老人年迈行动不便，用手机进行养老金资格认证一直不成功，请求帮助。', '已安排社保工作人员上门为老人完成资格认证，并告知家属后续认证方式。', { to: ['社会保险'] }),
  m('SOCIAL_SECURITY', 'REPORT', '举报有人冒领养老金', '{who}举报{place}有已去世人员的养老金仍在被家属领取。', '经核查属实，已停发相关待遇并追回冒领资金，依法作出处理。', { to: ['社会保险'] }),

  // 教育
  m('EDUCATION', 'CONSULTATION', '咨询小学一年级入学报名', '{who}询问孩子今年秋季小学一年级入学报名时间、所需材料和学区划分。', '已告知报名时间及需携带的户口簿、房产证明等材料，学区划分以县教育局公布的义务教育招生方案为准。', { to: ['教育'], weight: 3 }),
  m('EDUCATION', 'CONSULTATION', '咨询家庭经济困难学生资助政策', '{who}询问家庭经济困难学生可以申请哪些资助、怎么申请。', '已告知义务教育阶段寄宿生生活补助、普通高中国家助学金、生源地信用助学贷款等政策，可向就读学校提出申请。', { to: ['教育'] }),
  m('EDUCATION', 'COMPLAINT', '反映{place}校外培训机构拒不退费', '{who}反映孩子在{place}一家校外培训机构报名后只上了几次课，机构以各种理由拒不退还剩余费用。', '经县教育局会同市场监管部门调查，已督促该机构按合同约定退还剩余课时费用。', { to: ['教育', '市场监督管理'] }),
  m('EDUCATION', 'COMPLAINT', '反映{place}学校食堂饭菜质量差', '{who}反映{place}学校食堂饭菜分量少、质量差，孩子经常吃不饱。', '已组织对该校食堂进行检查，责令改进菜品质量，并建立家长陪餐和膳食委员会制度。', { to: ['教育'] }),
  m('EDUCATION', 'SUGGESTION', '建议为{place}偏远村组增设校车线路', '{who}建议为{place}偏远村组的学生增设校车接送线路，解决孩子上学远的问题。', '感谢您的建议，已转县教育局研究，将结合学生分布情况优化校车线路。', { to: ['教育'] }),

  // 卫生健康
  m('HEALTH', 'CONSULTATION', '咨询出生医学证明办理', '{who}询问新生儿出生医学证明的办理地点和所需材料。', '已告知：在分娩医院办理，需提供父母双方身份证和结婚证等材料。', { to: ['卫生健康'], weight: 2 }),
  m('HEALTH', 'CONSULTATION', '咨询家庭医生签约服务', '{who}询问家庭医生签约服务有哪些内容、如何签约。', '已告知：可到所在乡镇卫生院或社区卫生服务中心签约，签约后可享受健康管理、慢病随访等服务。', { to: ['卫生健康'], weight: 2 }),
  m('HEALTH', 'CONSULTATION', '咨询门诊慢特病待遇认定', '{who}患有高血压和糖尿病，询问如何办理门诊慢特病待遇认定。', '已告知：可携带近期病历、检查报告到县医保局窗口或定点医院申请认定，认定后门诊费用可按规定报销。', { to: ['医疗保障'] }),
  m('HEALTH', 'COMPLAINT', '反映{place}卫生院医务人员服务态度差', '{who}反映在{place}卫生院就诊时医务人员态度生硬，对询问不予理睬。', '已约谈相关医务人员并进行批评教育，卫生院已向诉求人致歉，并开展服务礼仪培训。', { to: ['卫生健康'] }),
  m('HEALTH', 'REPORT', '举报{place}有人无证行医', '{who}举报{place}有人未取得执业资格，私自在家中给人打针输液。', '经县卫生健康综合执法人员检查，已依法取缔该非法行医点，没收药品器械并处罚款。', { to: ['卫生健康'] }),

  // 生态环境
  m('ENVIRONMENT', 'COMPLAINT', '{place}餐馆油烟扰民', '{who}反映{place}一家餐馆未安装油烟净化设施，油烟直排，影响楼上住户生活。', '经现场检查，已责令该餐馆限期安装油烟净化设施，目前已整改到位。', { to: ['城市管理', '生态环境'], weight: 2 }),
  m('ENVIRONMENT', 'COMPLAINT', '{place}养殖场污水直排', '{who}反映{place}一处养殖场将养殖污水直接排入附近沟渠，气味刺鼻。', '经生态环境执法人员现场检查，已责令养殖场停止排污，并限期完善污水处理设施。', { to: ['生态环境', '农业农村'], township: 0.3 }),
  m('ENVIRONMENT', 'COMPLAINT', '{place}有人焚烧秸秆', '{who}反映{place}有村民在田间焚烧秸秆，浓烟很大，影响附近居民和道路通行。', '已安排人员到场扑灭火点，并在全镇开展秸秆禁烧宣传和巡查。', { to: ['生态环境'], township: 0.7 }),
  m('ENVIRONMENT', 'CONSULTATION', '咨询固定污染源排污登记', '{who}经营一家小型加工厂，询问排污登记如何办理。', '已告知：可登录全国排污许可证管理信息平台自行填报排污登记表，办理不收费。', { to: ['生态环境'] }),
  m('ENVIRONMENT', 'REPORT', '举报{place}有企业夜间偷排废气', '{who}举报{place}一家企业在夜间排放刺鼻废气。', '经夜间突击检查，已对该企业违法排污行为立案查处，并责令停产整改。', { to: ['生态环境'] }),
  m('ENVIRONMENT', 'SUGGESTION', '建议加强{place}河道保洁', '{who}建议加强{place}河道和沟渠保洁，定期清理水面漂浮物。', '感谢您的建议，已转县河长制工作办公室，纳入河道日常保洁考核。', { to: ['水利'], township: 0.5 }),

  // 农业农村
  m('AGRICULTURE', 'CONSULTATION', '咨询耕地地力保护补贴发放', '{who}询问今年耕地地力保护补贴的发放标准和发放时间。', '已告知补贴标准和发放时间，补贴资金通过惠民惠农财政补贴资金“一卡通”直接发放到户。', { to: ['农业农村', '财政'], township: 0.4, weight: 3 }),
  m('AGRICULTURE', 'CONSULTATION', '咨询农机购置补贴申请', '{who}打算购买一台插秧机，询问农机购置补贴的申请流程。', '已告知：在补贴目录内选购机具后，可通过农机购置补贴申请系统或到县农业农村局窗口申请，核验后补贴直接打卡。', { to: ['农业农村'], weight: 2 }),
  m('AGRICULTURE', 'COMPLAINT', '反映购买的水稻种子出苗率低', '{who}反映在{place}一家农资店购买的水稻种子出苗率很低，怀疑是假种子。', '已会同市场监管部门对该农资店进行检查并抽样送检，督促经营者与受损农户协商赔偿。', { to: ['农业农村', '市场监督管理'] }),
  m('AGRICULTURE', 'HELP', '{place}灌溉渠道堵塞请求疏通', '{who}反映{place}一处灌溉渠道淤塞，农田无法正常灌溉，请求帮助疏通。', '已组织人员和机械对渠道进行清淤疏通，恢复正常灌溉。', { to: ['水利'], township: 0.6, weight: 2 }),
  m('AGRICULTURE', 'REPORT', '举报{place}违法占用耕地建房', '{who}举报{place}有人在基本农田上违法建房。', '经自然资源执法人员现场核查，已下达责令停止违法行为通知书并依法立案查处。', { to: ['自然资源'], township: 0.3 }),
  m('AGRICULTURE', 'REPORT', '举报{place}有人非法电鱼', '{who}举报{place}有人在河湖中使用电鱼工具捕鱼，破坏渔业资源。', '已联合渔政执法人员和派出所开展巡查，查获电鱼工具，对当事人依法处理。', { to: ['农业农村', '公安'] }),
  m('AGRICULTURE', 'SUGGESTION', '建议在{place}建设农产品冷链仓储设施', '{who}建议在{place}建设农产品冷链仓储设施，解决蔬菜水产集中上市时的储存难题。', '感谢您的建议，已转县农业农村局研究，将结合农产品产地冷藏保鲜设施建设项目统筹安排。', { to: ['农业农村'] }),

  // 市场监管
  m('MARKET_REGULATION', 'CONSULTATION', '咨询个体工商户营业执照办理', '{who}准备在{place}开一家小吃店，询问个体工商户营业执照和食品经营许可如何办理。', '已告知：可通过湖南省企业登记全程电子化业务系统网上申请，或到县政务服务中心市场监管窗口办理，材料齐全当场办结。', { to: ['市场监督管理', '行政审批'], weight: 3 }),
  m('MARKET_REGULATION', 'COMPLAINT', '反映{place}超市销售过期食品', '{who}反映在{place}一家超市购买到已过保质期的食品，要求查处并赔偿。', '经执法人员现场检查，已下架过期食品并立案调查，已督促超市按规定向消费者赔偿。', { to: ['市场监督管理'], weight: 3 }),
  m('MARKET_REGULATION', 'COMPLAINT', '投诉{place}农贸市场摊贩缺斤短两', '{who}反映在{place}农贸市场购买猪肉时被缺斤少两。', '已对涉事摊位电子秤进行检定并责令整改，督促摊主退还差价，同时加强对市场计量器具的监督检查。', { to: ['市场监督管理'], weight: 2 }),
  m('MARKET_REGULATION', 'COMPLAINT', '投诉{place}美容店预付卡无法退费', '{who}在{place}一家美容店办理的预付卡尚有余额，商家已关门且无法联系。', '已登记并立案调查，正协调经营者处理退费事宜；涉嫌诈骗的，已告知诉求人可向公安机关报案。', { to: ['市场监督管理'], priority: 'COMPLEX' }),
  m('MARKET_REGULATION', 'REPORT', '举报{place}小作坊无证生产食品', '{who}举报{place}有一家小作坊无证生产豆制品，卫生条件很差。', '经查，该作坊未取得食品生产许可，已依法查处并责令停止生产。', { to: ['市场监督管理'] }),
  m('MARKET_REGULATION', 'REPORT', '举报{place}加油站油品质量问题', '{who}举报{place}一家加油站销售的汽油质量有问题，加油后车辆出现故障。', '已对该加油站油品进行抽样检验，检验结果合格，已向举报人说明情况。', { to: ['市场监督管理'] }),

  // 公共安全
  m('PUBLIC_SAFETY', 'CONSULTATION', '咨询户口迁移办理', '{who}询问从外县迁入户口需要准备哪些材料、在哪里办理。', '已告知：可在迁入地派出所户籍窗口申请，符合“跨省通办”条件的无需回迁出地开具准迁证。', { to: ['公安'], weight: 3 }),
  m('PUBLIC_SAFETY', 'CONSULTATION', '咨询身份证补办', '{who}身份证丢失，询问补办需要多长时间、能否加急。', '已告知：可到户籍所在地或居住地派出所补办，一般20个工作日内制发，急需时可申请办理临时身份证。', { to: ['公安'], weight: 2 }),
  m('PUBLIC_SAFETY', 'HELP', '{place}有老人走失', '{who}反映家中一位患有阿尔茨海默症的老人在{place}走失，请求帮助寻找。', '已通知辖区派出所出警，联合村组干部和志愿者寻找，老人已被找到并安全送回家中。', { to: ['公安'], priority: 'URGENT' }),
  m('PUBLIC_SAFETY', 'COMPLAINT', '反映{place}夜间有人聚集喧哗', '{who}反映{place}一家烧烤店门口每晚有人聚集喝酒喧哗到凌晨，影响休息。', '辖区派出所已上门劝导，并联合城管部门规范店外经营时间，近期将加强夜间巡查。', { to: ['公安', '城市管理'] }),
  m('PUBLIC_SAFETY', 'HELP', '{place}居民楼楼道堆放杂物存在消防隐患', '{who}反映{place}一栋居民楼楼道内长期堆放杂物和电动车，存在消防安全隐患。', '已联合社区督促清理楼道杂物，并对居民开展消防安全宣传。', { to: ['消防', '应急管理'], township: 0.3 }),
  m('PUBLIC_SAFETY', 'REPORT', '举报{place}有人聚众赌博', '{who}举报{place}一家棋牌室有人聚众赌博。', '辖区派出所已依法核查处理。', { to: ['公安'] }),
  m('PUBLIC_SAFETY', 'REPORT', '举报{place}非法储存烟花爆竹', '{who}举报{place}有人在居民区的仓库内非法储存烟花爆竹。', '经应急管理和公安部门联合检查，已依法收缴违规储存的烟花爆竹并对当事人作出处罚。', { to: ['应急管理', '公安'] }),

  // 水电气热
  m('UTILITIES', 'CONSULTATION', '咨询居民阶梯电价标准', '{who}询问居民生活用电阶梯电价的分档标准和计费周期。', '已告知：居民阶梯电价按年度用电量分三档计费，具体标准可在“网上国网”APP查询。', { to: ['供电'] }),
  m('UTILITIES', 'CONSULTATION', '咨询天然气开户报装', '{who}新买的房子还没通天然气，询问开户报装流程和费用。', '已告知：可携带房产证明和身份证到县天然气公司营业厅申请报装，也可电话预约上门勘察。', { to: ['天然气'] }),
  m('UTILITIES', 'HELP', '{place}停电请求抢修', '{who}反映{place}从昨晚开始停电，至今未恢复，请求尽快抢修。', '经供电公司抢修人员排查，系线路故障，已抢修完毕恢复供电。', { to: ['供电'], priority: 'UTILITIES', weight: 2 }),
  m('UTILITIES', 'HELP', '{place}停水请求尽快恢复', '{who}反映{place}停水已超过一天，事先没有接到通知，生活受到影响。', '经核实系供水管道爆管抢修，已于当日修复恢复供水，已要求供水公司今后计划停水提前公告。', { to: ['自来水'], priority: 'UTILITIES', weight: 2 }),
  m('UTILITIES', 'HELP', '{place}燃气管道疑似漏气', '{who}反映{place}一处燃气管道附近有明显燃气味，担心漏气，请求处置。', '燃气公司抢险人员已赶到现场，查明系阀门密封老化，已更换阀门，隐患已排除。', { to: ['天然气'], priority: 'URGENT' }),
  m('UTILITIES', 'COMPLAINT', '反映{place}自来水水质浑浊', '{who}反映{place}近几天自来水发黄浑浊，无法饮用。', '供水公司已对管网进行冲洗并抽检水质，检测结果符合生活饮用水卫生标准，已向诉求人反馈。', { to: ['自来水'], priority: 'UTILITIES' }),
  m('UTILITIES', 'COMPLAINT', '反映{place}电压不稳', '{who}反映{place}晚上用电高峰时电压偏低，家电无法正常使用。', '供电公司已对该台区进行增容改造，电压已恢复正常。', { to: ['供电'], priority: 'UTILITIES' }),

  // 民政
  m('CIVIL_AFFAIRS', 'CONSULTATION', '咨询高龄津贴申领', '{who}家中老人今年满八十周岁，询问高龄津贴如何申领。', '已告知：可携带老人身份证、户口簿和银行卡到所在村（社区）或乡镇便民服务中心申请，审核通过后按月发放。', { to: ['民政'], township: 0.3, weight: 3 }),
  m('CIVIL_AFFAIRS', 'CONSULTATION', '咨询最低生活保障申请条件', '{who}询问家庭申请最低生活保障需要符合哪些条件。', '已告知：家庭人均收入低于当地低保标准且家庭财产符合规定的，可向户籍所在地乡镇提出申请。', { to: ['民政'], township: 0.4, weight: 2 }),
  m('CIVIL_AFFAIRS', 'CONSULTATION', '咨询残疾人两项补贴', '{who}询问残疾人生活补贴和重度残疾人护理补贴的申请条件。', '已告知申请条件和所需材料，可到所在乡镇便民服务中心或通过“湘易办”APP申请。', { to: ['残疾人', '民政'] }),
  m('CIVIL_AFFAIRS', 'CONSULTATION', '咨询婚姻登记预约', '{who}询问办理结婚登记是否需要预约，需要带哪些材料。', '已告知：可通过婚姻登记预约小程序预约，双方携带身份证、户口簿到县婚姻登记处办理。', { to: ['民政'] }),
  m('CIVIL_AFFAIRS', 'CONSULTATION', '咨询退役军人优待证办理', '{who}询问退役军人优待证的申领条件和办理方式。', '已告知：可通过所在乡镇退役军人服务站或县退役军人事务局申请，制证后统一发放。', { to: ['退役军人'] }),
  m('CIVIL_AFFAIRS', 'HELP', '{place}困难家庭请求临时救助', '{who}家中有人患重病，家庭生活十分困难，请求给予临时救助。', '经乡镇调查核实，已按程序为其申请临时救助金，并纳入低保边缘家庭动态监测。', { to: ['民政'], township: 0.6, weight: 2 }),
  m('CIVIL_AFFAIRS', 'COMPLAINT', '反映{place}低保评定不公平', '{who}反映{place}部分家庭条件较好的人享受低保，而真正困难的家庭未被纳入。', '经乡镇和县民政局联合入户核查，已取消2户不符合条件家庭的低保待遇，并对符合条件的家庭按程序纳入，结果已公示。', { to: ['民政'], township: 0.5, priority: 'COMPLEX' }),

  // 政务服务
  m('GOVERNMENT_SERVICE', 'CONSULTATION', '咨询不动产登记办理材料', '{who}购买了一套二手房，询问办理不动产转移登记需要哪些材料。', '已告知：买卖双方携带身份证、不动产权证书、买卖合同及完税凭证到县政务服务中心不动产登记窗口办理，一般3个工作日内办结。', { to: ['不动产'], weight: 3 }),
  m('GOVERNMENT_SERVICE', 'CONSULTATION', '咨询政务服务中心办公时间', '{who}询问县政务服务中心的办公时间和周末是否办理业务。', '已告知：工作日8:30–12:00、14:30–17:30办公，周六上午提供延时服务，部分事项可通过“湘易办”APP网上办理。', { to: ['行政审批'], weight: 2 }),
  m('GOVERNMENT_SERVICE', 'CONSULTATION', '咨询个人所得税综合所得汇算', '{who}询问个人所得税年度汇算的办理时间和方式。', '已告知：每年3月1日至6月30日可通过个人所得税APP自行办理，也可由单位代为办理。', { to: ['税务'], weight: 2 }),
  m('GOVERNMENT_SERVICE', 'COMPLAINT', '反映政务服务中心窗口排队时间长', '{who}反映在县政务服务中心办理业务时排队等候时间太长，窗口开放不足。', '已调整窗口排班，高峰时段增开窗口，并推行预约办理和延时服务。', { to: ['行政审批'] }),
  m('GOVERNMENT_SERVICE', 'COMPLAINT', '反映办理不动产证被要求重复提交材料', '{who}反映办理不动产证时多次被要求补交材料，来回跑了好几趟。', '已约谈窗口负责人并进行批评教育，完善一次性告知清单，已为诉求人办结登记。', { to: ['不动产'] }),
  m('GOVERNMENT_SERVICE', 'SUGGESTION', '建议政务服务中心推行午间不打烊', '{who}建议县政务服务中心午间安排值班窗口，方便上班族办事。', '感谢您的建议，县政务服务中心已在部分高频事项窗口推行午间延时服务。', { to: ['行政审批'] }),

  // 其他
  m('OTHER', 'CONSULTATION', '咨询法律援助申请条件', '{who}因劳动纠纷准备起诉，询问能否申请法律援助。', '已告知法律援助的申请条件和所需材料，可到县法律援助中心或所在乡镇司法所申请。', { to: ['司法'] }),
  m('OTHER', 'COMPLAINT', '反映{place}村务公开不及时', '{who}反映{place}村务公开栏长期未更新，村集体收支情况不公开。', '经乡镇核查，已督促该村按季度更新村务公开内容，并将财务收支明细张榜公布。', { to: ['民政'], township: 0.85 }),
  m('OTHER', 'HELP', '{place}邻里宅基地纠纷请求调解', '{who}反映与邻居因宅基地界址发生纠纷，多次协商无果，请求调解。', '已由所在乡镇司法所组织双方调解，双方达成调解协议。', { to: ['司法'], township: 0.6, priority: 'COMPLEX' }),
  m('OTHER', 'REPORT', '举报{place}村干部优亲厚友', '{who}举报{place}村干部在分配扶贫项目时优亲厚友。', '经乡镇调查核实，已责令纠正，并将调查处理情况在村内公示。', { to: ['信访'], township: 0.7 }),
  m('OTHER', 'SUGGESTION', '建议增加{place}群众文化活动场所', '{who}建议在{place}建设文化广场，增加群众文体活动场所。', '感谢您的建议，已转县文化旅游广电体育局，纳入基层综合性文化服务中心建设统筹考虑。', { to: ['文化旅游'], township: 0.3 }),
];

/** Answers the hotline gives itself to requests that need no department (直接答复). */
export const DIRECT_REQUEST_ANSWERS: readonly string[] = [
  '经查询知识库，已向{who}解释相关政策规定，{who}表示理解。',
  '该问题属于民事纠纷，已告知{who}可通过人民调解或诉讼途径解决。',
  '已告知{who}该事项的主管部门及办事电话，建议直接联系办理。',
  '{who}所反映问题相关部门已处理完毕，已向其说明处理结果。',
];
export const DIRECT_SUGGESTION_ANSWERS: readonly string[] = [
  '感谢您的建议，已记录并转有关部门研究参考。',
  '感谢您对{county}发展的关心，您的建议已汇总报送县政府办公室。',
];

/** The second answer after a dissatisfied callback (重办). */
export const REOPEN_ANSWERS: readonly string[] = [
  '针对诉求人不满意的问题再次进行了现场核查，已督促相关责任方整改到位，并当面向诉求人作了解释说明。',
  '已重新调查处理，补充完善了处理措施，并向诉求人详细反馈了办理结果。',
  '承办单位负责人带队上门走访诉求人，对问题进行了再次处理，并就前期答复不到位致歉。',
];

export const RETURN_REASONS: readonly string[] = [
  '该事项不属于本单位职责范围，建议改派{other}办理。',
  '经核实，诉求地点不在本单位管辖范围，请改派{other}。',
  '该诉求涉及的事项已划转{other}，请重新派单。',
];

export const DISPATCH_NOTES: readonly string[] = [
  '请按职责核实处理，并在时限内答复诉求人。',
  '请尽快联系诉求人了解情况，依法依规处理。',
  '群众反映强烈，请高度重视，及时处理并反馈。',
];

export const SIGN_NOTES: readonly (string | null)[] = [null, null, '已签收，正在核实处理', '已安排专人办理'];

export const CALLBACK_NOTES: Readonly<Record<1 | 2 | 3 | 4 | 5, readonly string[]>> = {
  5: ['诉求人对办理结果非常满意', '诉求人表示问题已解决，非常满意'],
  4: ['诉求人表示满意', '诉求人对答复表示认可'],
  3: ['诉求人表示基本满意', '诉求人表示问题基本解决'],
  2: ['诉求人表示问题未得到实际解决，不满意', '诉求人认为答复与实际情况不符'],
  1: ['诉求人认为承办单位敷衍答复，非常不满意', '诉求人表示问题依旧，非常不满意'],
};

export const UNREACHED_NOTES: readonly string[] = ['电话无人接听', '电话关机', '电话占线，多次拨打未接通', '接通后对方挂断', '号码暂时无法接通'];
