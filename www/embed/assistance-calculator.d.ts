// TypeScript declarations for the embedding API (schema version 1, design/CONTRACT.md).

export type Money = string; // decimal yuan, e.g. "740.00"
export type IsoDate = string; // YYYY-MM-DD
export type ProgramId =
  | 'minimum_livelihood_guarantee' | 'low_income_margin' | 'extreme_poverty_support'
  | 'temporary_assistance' | 'disability_living_allowance' | 'severe_disability_care_allowance'
  | 'orphan_basic_living' | 'unsupported_child_basic_living' | 'advanced_age_allowance'
  | 'medical_assistance' | 'funeral_fee_waiver';
export type Outcome = 'eligible' | 'ineligible' | 'needs_more_info' | 'not_covered';
export type Level = 'full' | 'partial' | 'none';

export interface Member {
  id: string;
  relation: 'applicant' | 'spouse' | 'child' | 'parent' | 'grandparent' | 'grandchild' | 'sibling' | 'other';
  birthDate: IsoDate;
  incomes?: { kind: 'wage' | 'business' | 'agriculture' | 'property' | 'pension' | 'support' | 'transfer' | 'other' | 'special_care' | 'award'; monthly: Money }[];
  disability?: { category: 'physical' | 'visual' | 'hearing' | 'speech' | 'intellectual' | 'mental' | 'multiple'; grade: 1 | 2 | 3 | 4 };
  selfCare?: Level;
  laborCapacity?: Level;
  seriousIllness?: boolean;
  supporters?: 'none' | 'incapable' | 'capable';
  parents?: { father: ParentStatus; mother: ParentStatus };
  careSetting?: 'family' | 'institution';
  workInjuryCare?: boolean;
  inSchool?: boolean;
  medicalOutOfPocket?: Money;
}
export type ParentStatus = 'present' | 'deceased' | 'missing' | 'incapacitated' | 'lost_contact';

export interface Household {
  schemaVersion?: 1;
  region: string; // 6-digit GB/T 2260 code
  date?: IsoDate;
  hukou?: 'urban' | 'rural';
  members: Member[];
  assets?: { financial?: Money };
  /** Wording of the report: 简体 (default), 繁體 or English. Ids, amounts and paths do not change. */
  language?: 'zh-Hans' | 'zh-Hant' | 'en';
  emergency?: 'none' | 'fire' | 'accident' | 'disaster' | 'serious_illness' | 'other';
  expenses?: { medical?: Money; education?: Money };
}

export interface Citation { title: string; docNumber: string; article: string; url: string }
export interface Check { key: string; passed: boolean | null; detail: string; citations: Citation[]; member?: string }
export interface StandardUsed {
  parameter: string; name: string; value: string; unit: string; from: IsoDate; level: string;
  issuer: string; citation: Citation; lastVerified: IsoDate; levelNote: string; sourceStatus: string;
  stale?: boolean; note?: string;
}
export interface ProgramReport {
  program: ProgramId; nameZh: string; name?: string; outcome: Outcome; monthlyAmount?: Money; amountIsMinimum?: boolean;
  members: { member: string; name: string; monthlyAmount?: Money }[]; checks: Check[]; missing: string[];
  summary: string; standards: StandardUsed[];
}
export interface CombinationNote {
  rule: string; kind: 'exclusive' | 'choose_one' | 'top_up' | 'stackable';
  programs: [ProgramId, ProgramId]; members: string[]; detail: string; citations: Citation[];
}
export interface Report {
  schemaVersion: 1; region: string; regionName: string; date: IsoDate; policyVersion: string;
  householdMonthlyTotal?: Money; householdTotalIsMinimum?: boolean; householdTotalExcludes: ProgramId[];
  combinations: CombinationNote[]; programs: ProgramReport[]; notices: string[];
}
export interface Problem { path: string; message: string; messageEn: string }
export interface ErrorObject { error: { kind: 'invalid_input' | 'invalid_pack' | 'policy_data_error'; problems: Problem[] } }

export interface MountOptions { region?: string; mode?: 'elder' | 'standard'; lang?: 'zh-Hans' | 'zh-Hant' | 'en' }
export interface MountHandle { destroy(): void }

export interface AssistanceCalculatorApi {
  evaluate(household: Household, options?: Record<string, never>): Promise<Report | ErrorObject>;
  regions(): Promise<{ regions: unknown[]; policyVersion: string }>;
  version(): Promise<{ widget: string; policyVersion: string; schemaVersion: 1 }>;
  loadPack(pack: object): Promise<{ ok: true } | ErrorObject>;
  mount(element: HTMLElement, options?: MountOptions): Promise<MountHandle>;
  ready: Promise<true>;
}

declare global {
  interface Window { AssistanceCalculator: AssistanceCalculatorApi }
  interface HTMLElementEventMap { 'assistance-calculator:result': CustomEvent<Report> }
}
