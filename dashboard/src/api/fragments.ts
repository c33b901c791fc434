// Selections shared by every page that shows a domain's figures, and their result types.

export const RATE = 'numerator denominator value target higherIsBetter meetsTarget';

export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
  target: number;
  higherIsBetter: boolean;
  meetsTarget: boolean | null;
}

export interface StatsPeriod {
  from: string;
  to: string;
  asOf: string;
  label: string;
}

export const APPROVAL_FIGURES = `period { from to asOf label } accepted completed onTime overdueOpen rated
  completionRate { ${RATE} } onTimeRate { ${RATE} } satisfactionRate { ${RATE} }`;
export interface ApprovalFigures {
  period: StatsPeriod;
  accepted: number;
  completed: number;
  onTime: number;
  overdueOpen: number;
  rated: number;
  completionRate: Rate;
  onTimeRate: Rate;
  satisfactionRate: Rate;
}

export const COMPLAINT_FIGURES = `period { from to asOf label } received replied repliedOnTime overdueOpen rated
  onTimeRate { ${RATE} } satisfactionRate { ${RATE} }`;
export interface ComplaintFigures {
  period: StatsPeriod;
  received: number;
  replied: number;
  repliedOnTime: number;
  overdueOpen: number;
  rated: number;
  onTimeRate: Rate;
  satisfactionRate: Rate;
}

export const DISCLOSURE_FIGURES = `period { from to asOf label } requestsReceived requestsAnswered overdueOpen proactivePublished
  onTimeRate { ${RATE} } boardOnTimeRate { ${RATE} } proactiveTimeliness { ${RATE} }`;
export interface DisclosureFigures {
  period: StatsPeriod;
  requestsReceived: number;
  requestsAnswered: number;
  overdueOpen: number;
  proactivePublished: number;
  onTimeRate: Rate;
  boardOnTimeRate: Rate | null;
  proactiveTimeliness: Rate;
}

export const INSPECTION_FIGURES = `period { from to asOf label } inspections scored averageScore grade gradeLabel
  openRectifications overdueRectifications rectificationsOpened rectificationsVerified completionRate { ${RATE} }`;
export interface InspectionFigures {
  period: StatsPeriod;
  inspections: number;
  scored: number;
  averageScore: number | null;
  grade: string | null;
  gradeLabel: string | null;
  openRectifications: number;
  overdueRectifications: number;
  rectificationsOpened: number;
  rectificationsVerified: number;
  completionRate: Rate;
}

export const SCORECARD_FIGURES = `period { from to asOf label } score complete missing
  measures { measure label value numerator denominator weight effectiveWeight contribution hasData }
  unavailable { part reason }`;
export interface ScorecardFigures {
  period: StatsPeriod;
  score: number | null;
  complete: boolean;
  missing: string[];
  measures: { measure: string; label: string; value: number | null; numerator: number | null; denominator: number | null; weight: number; effectiveWeight: number; contribution: number | null; hasData: boolean }[];
  unavailable: { part: string; reason: string }[];
}
