// Types of Centra-check's engine as an ES module. The shapes are those of
// the proposal file and the report (`spec/proposal-format.md`); the report
// is exactly what `centra-check --json` prints for one file.

/** Language of messages, fixes and titles; codes and params never change with it. */
export type Lang = 'nl' | 'en';

export interface Options {
  /** Default `"nl"`. Anything else throws a RangeError. */
  lang?: Lang;
}

/**
 * Money and other decimals: a string with `.` as the decimal separator and
 * no thousands separators (`"1234.56"`), read exactly. A JavaScript number
 * is accepted too, as the shortest decimal that is exactly that double
 * (what `String(n)` shows: `0.1` is read as 0.1), but a number has already
 * lost whatever a double cannot hold (beyond 15 to 17 significant digits,
 * 2^53 for whole numbers) before the engine sees it: prefer strings.
 */
export type Decimal = string | number;

export type CentreType = 'coe' | 'civ' | 'pps';
export type Province =
  | 'groningen' | 'friesland' | 'drenthe' | 'overijssel' | 'flevoland' | 'gelderland' | 'utrecht'
  | 'noord_holland' | 'zuid_holland' | 'zeeland' | 'noord_brabant' | 'limburg' | 'national';
/** Theme ids of criteria.md (C1), e.g. `"high_tech"`. */
export type Theme = string;
export type PartnerKind =
  | 'company' | 'sector_organisation' | 'public_organisation' | 'vo' | 'mbo' | 'hbo' | 'wo'
  | 'municipality' | 'province' | 'national_government' | 'other_government' | 'other';
export type Form = 'cash' | 'in_kind';
export type InKindCategory = 'staff_hours' | 'equipment' | 'facilities' | 'meeting_hours' | 'other';
export type BudgetKind = 'bureau' | 'activity';
export type Goal = 'next_professional' | 'lifelong_learning' | 'innovation_capacity' | 'workforce_mobility';
export type Group = 'students' | 'teachers' | 'employees' | 'companies';
export type Measure = 'count' | 'score' | 'percentage';
/** How an in-kind thing was valued (format version 3). */
export type Valuation = 'rent' | 'depreciation' | 'purchase' | 'market_value';
/** Whether a higher or a lower number is the improvement (format version 3). */
export type Direction = 'up' | 'down';

/**
 * A proposal in the file's shape. Unknown fields are refused (with their
 * path), `null` and `undefined` count as absent. `M` is the type of money
 * and other decimals: `Decimal` going in, `string` coming out of `read`.
 */
export interface Proposal<M = Decimal> {
  format: 'centra-check/proposal';
  /** The versions this build reads (spec/proposal-format.md); `read` gives 3. */
  version: 1 | 2 | 3;
  /** Rule profile id; default `"katapult-werkdefinitie"`. */
  profile?: string;
  centre?: Centre;
  partners?: Partner<M>[];
  budget?: BudgetLine<M>[];
  activities?: Activity<M>[];
  impact?: Indicator<M>[];
}

export interface Centre {
  name?: string;
  type?: CentreType;
  province?: Province;
  start_year?: number;
  duration_years?: number;
  themes?: Theme[];
  regional_fit?: string;
  alliances?: string[];
  /** What the centre adds to the region's existing activities and stakeholders (format version 3). */
  complementarity?: string;
}

export interface Partner<M = Decimal> {
  /** Unique within `partners`. */
  id: string;
  name?: string;
  /** Required in versions 1 and 2; from version 3 a draft may leave it out
   *  (it then counts for no sector, company or organisation). */
  kind?: PartnerKind;
  governance?: { strategic?: boolean; executive?: boolean; top_management?: boolean };
  contributions?: Contribution<M>[];
}

export interface Contribution<M = Decimal> {
  form: Form;
  /** In kind only; default `"other"`. */
  category?: InKindCategory;
  hours?: M;
  hourly_rate?: M;
  amount?: M;
  year?: number;
  description?: string;
  /** In kind only, meant for equipment and facilities (format version 3). */
  valuation?: Valuation;
}

export interface BudgetLine<M = Decimal> {
  kind?: BudgetKind;
  /** The id of the activity a line of kind `activity` pays for. */
  activity?: string;
  description?: string;
  amount?: M;
  year?: number;
}

export interface Activity<M = Decimal> {
  /** Unique within `activities`. */
  id: string;
  name?: string;
  goal?: Goal;
  target?: { count?: M; unit?: string };
  experiment?: boolean;
  /** Partner ids. */
  partners?: string[];
  /** Outside parties the activity is done with (format version 2). */
  with?: string[];
}

export interface Indicator<M = Decimal> {
  group: Group;
  label?: string;
  /** Format version 2; default `"count"`. */
  measure?: Measure;
  /** Format version 3; default `"up"`. */
  direction?: Direction;
  baseline?: M;
  target?: M;
  unit?: string;
}

export type Status = 'meets' | 'partly' | 'not_met' | 'incomplete';
export type Severity = 'error' | 'warning' | 'info';
export type CriterionId = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6';
export type Sector = 'practice' | 'government' | 'education' | 'unassigned';

/** The report: `centra-check --json` for one file. Money and shares are decimal strings. */
export interface Report {
  format: 'centra-check/report';
  version: number;
  profile: string;
  verdict: Status;
  /**
   * What Katapult's own text gives: the statuses from the findings of basis
   * `werkdefinitie` alone, combined as `verdict` combines the statuses
   * (report version 3). `verdict` and the exit code count all findings.
   */
  werkdefinitie_verdict?: Status;
  /** The profile's norms with their basis (report version 2). */
  norms?: { name: string; value: string; basis: 'werkdefinitie' | 'guideline' }[];
  /** C1 to C6, in order, always all six. */
  criteria: Criterion[];
  figures: Figures;
}

export interface Criterion {
  id: CriterionId;
  title: string;
  status: Status;
  /** From the findings of basis `werkdefinitie` alone (report version 3). */
  werkdefinitie_status?: Status;
  /**
   * In the report's order: in C3 the balance plan (`C3_BALANCE_PLAN`) first,
   * then errors, warnings and information.
   */
  findings: Finding[];
}

export interface Finding {
  /** Stable code, e.g. `"C3_PRACTICE_SHARE_LOW"` (criteria.md). */
  code: string;
  severity: Severity;
  /** Whether the rule is Katapult's or Centra-check's own guideline (report version 2). */
  basis?: 'werkdefinitie' | 'guideline';
  message: string;
  /** What would fix it, where the engine can say so concretely. */
  fix?: string;
  /**
   * The figures behind the message, all as strings. `C3_BALANCE_PLAN`:
   * `practice`, `government`, `education` (signed whole euros: `"-20000"`)
   * and `total`. A row is named by its name, or `#3` when it has none.
   */
  params: Record<string, string>;
  /** Where in the proposal, e.g. `"partners[2].contributions[0]"`. */
  path?: string;
}

export interface Figures {
  total_costs: string;
  total_cofinancing: string;
  cash_total: string;
  in_kind_total: string;
  excluded_meeting_hours: string;
  sector_totals: Record<Sector, string>;
  /** Fractions with four decimals: `"0.3333"`. */
  sector_shares: Record<Sector, string>;
  /** Recognised cash and in kind per sector (report version 3). */
  sector_cash?: Record<Sector, string>;
  sector_in_kind?: Record<Sector, string>;
  /** From companies and sector organisations, and its share of the recognised cofinancing (report version 3). */
  private_cofinancing?: string;
  private_share?: string;
  bureau_total: string;
  activity_total: string;
  unclassified_total: string;
  bureau_share: string;
  /** Per activity id. */
  cost_per_unit: Record<string, string>;
  /**
   * Per year: costs and cofinancing; `none` (report version 3) for what has
   * no year, present only then, so the entries add up to the totals.
   */
  per_year: Record<string, { costs: string; cofinancing: string }>;
  /** Partners per kind. */
  partner_counts: Partial<Record<PartnerKind, number>>;
}

/** Why a proposal cannot be read, and where: the same as for a file. */
export interface ReadProblem {
  /** `"partners[2].contributons"`; empty for the whole proposal. */
  path: string;
  /** The reason in the language asked: `"unknown field"`. */
  problem: string;
  /** Path and reason in one line: `"partners[2].contributons: unknown field"`. */
  message: string;
}

/** Thrown by `check`: an `Error` with `name` `"CentraCheckError"` and the ReadProblem fields. */
export interface CentraCheckError extends Error, ReadProblem {
  name: 'CentraCheckError';
}

export type ReadResult =
  | { ok: true; proposal: Proposal<string> }
  | { ok: false; error: ReadProblem };

/**
 * Loads the engine once; call (and await) it before `check` or `read`.
 * `source`: where the .wasm is (default: `engine_bg.wasm` next to this
 * module; in Node it is read from disk), or its bytes, or a compiled module.
 */
export function init(source?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;
export default init;

/** Loads the engine synchronously from its bytes or a compiled module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;

/**
 * Judges a proposal: an object in the file's shape (as `JSON.parse` of a
 * file gives it), or the file's text itself (then read exactly as the CLI
 * reads it). Returns the report, deep-equal to `centra-check --json`.
 *
 * @throws {CentraCheckError} when the proposal cannot be read: an unknown
 *   field, a wrong type, a negative or non-numeric amount, ... with its
 *   `path`, exactly as for a file; also for values no file can hold (a
 *   function, a Set, NaN as a year) and nesting deeper than 128 levels.
 * @throws {RangeError} for an unknown `lang`.
 * @throws {Error} when `init()` has not finished.
 */
export function check(proposal: Proposal | string, options?: Options): Report;

/**
 * Reads a proposal file's text. A refusal is returned, not thrown: it is
 * an answer about the file.
 * @throws {TypeError} when `text` is not a string.
 */
export function read(text: string, options?: Options): ReadResult;
