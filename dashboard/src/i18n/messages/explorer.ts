import { defineMessages } from './define';

export default defineMessages(
  {
    title: '接口调试',
    intro:
      '调用本平台的 GraphQL 接口（POST /graphql），编写、运行查询并查看结果；调试工具左侧的书本图标打开接口文档（全部类型和字段说明）。调试工具界面为英文。',
    loading: '正在加载调试工具…',
    schemaError: '未能读取接口结构，自动补全和文档不可用：{{reason}}',
    examples: {
      heading: '示例查询',
      hint: '点击即在调试工具中打开（已打开的直接切换），再点击运行按钮 ▶。',
      idPlaceholder: '先运行 ReportUnitId，把结果中的 id 填到这里',
      townshipQuarter: {
        title: '乡镇季度统计',
        description: '深柳镇 2026 年第三季度的四项统计和综合考评，比率附分子、分母。',
        comment:
          '示例一：乡镇季度统计（深柳镇 2026 年第三季度）\n每个比率（KpiRate）都带分子 numerator 和分母 denominator，便于核对。\n修改变量 code（区划代码）和 period（year + quarter，或 month，或 from/to）可查其他单位和期间。',
      },
      overdue: {
        title: '超期件清单',
        description: '辖区内超期未办结的办件和诉求，超期最久在前，含总数和翻页。',
        comment:
          '示例二：超期件清单（超期最久在前，每页 20 条）\nwithinPath 为您的管辖范围，也可改用 withinId（单位 id）。\n翻页：把 cases.pageInfo.endCursor 填入变量 after 再运行；totalCount 为全部条数。',
      },
      annualReport: {
        title: '年度报告',
        description: '2025 年度政府信息公开年报的勾稽校验和表三（先取单位 id）。',
        comment:
          '示例三：政府信息公开工作年度报告（2025 年度）\n报告按单位 id 查询。第一步运行 ReportUnitId（点运行按钮后选择操作），用区划代码取得 id；\n第二步把 id 填入变量 orgUnitId，运行 AnnualReport。本页已替您填入了您所在单位的 id。',
      },
    },
    auth: {
      heading: '身份认证',
      applied: '每个请求已自动附带您的登录令牌（{{name}}）和 accept-language: {{language}}，令牌不在 Headers 中显示，无需填写。',
      own: '在 Headers 中填写 authorization 或 x-api-key 时改用您填写的值。',
      systems: '其他系统对接时不用登录令牌，而是在请求头 x-api-key 中携带平台发放的 API 密钥：',
      keyPlaceholder: '<API 密钥>',
    },
  },
  {
    title: 'API explorer',
    intro:
      'Call the platform’s GraphQL API (POST /graphql): write and run queries and see the results; the book icon on the explorer’s left opens the API documentation (every type and field). The explorer’s interface is in English.',
    loading: 'Loading the explorer…',
    schemaError: 'Could not read the API schema, so completion and documentation are unavailable: {{reason}}',
    examples: {
      heading: 'Example queries',
      hint: 'Click to open one in the explorer (or switch to it if open), then press the run button ▶.',
      idPlaceholder: 'run ReportUnitId first and paste the id from its result here',
      townshipQuarter: {
        title: 'Township quarter',
        description: '深柳镇’s four domains and scorecard for Q3 2026, rates with their counts.',
        comment:
          'Example 1: a township’s figures for a quarter (深柳镇, Q3 2026)\nEvery rate (KpiRate) comes with its numerator and denominator, to check it.\nChange the variables code (division code) and period (year + quarter, or month, or from/to) for another unit or period.',
      },
      overdue: {
        title: 'Overdue list',
        description: 'Overdue cases and requests in your scope, most overdue first, with total and paging.',
        comment:
          'Example 2: the overdue list (most overdue first, 20 a page)\nwithinPath is your scope; withinId (a unit id) works too.\nNext page: put cases.pageInfo.endCursor into the variable after and run again; totalCount counts them all.',
      },
      annualReport: {
        title: 'Annual report',
        description: 'The 2025 disclosure annual report’s balance check and table 三 (unit id first).',
        comment:
          'Example 3: the government information disclosure annual report for 2025\nReports are looked up by unit id. Step 1: run ReportUnitId (press run, then pick the operation) to get the id from the code;\nstep 2: put the id into the variable orgUnitId and run AnnualReport. This page has filled in your own unit’s id.',
      },
    },
    auth: {
      heading: 'Authentication',
      applied: 'Every request carries your sign-in token ({{name}}) and accept-language: {{language}} automatically; the token is not shown under Headers and need not be entered.',
      own: 'If you enter authorization or x-api-key under Headers, your values are sent instead.',
      systems: 'Other systems integrating do not sign in: they send the API key issued to them in the x-api-key header:',
      keyPlaceholder: '<API key>',
    },
  },
);
