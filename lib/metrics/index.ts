/**
 * The metric library: every dashboard number is one of these pure functions, fed by SQL
 * aggregates (never raw record lists) and an explicit period or as-of (never the clock).
 * A ratio with a zero denominator is null ("no data"); money is integer minor units, rounded
 * half up only where stated (see rounding.ts); periods are half-open [start, end) in UTC.
 *
 * | family | metric | definition |
 * |---|---|---|
 * | stage | volume | distinct records entering a stage in P, by any move |
 * | stage | period conversion | moves on from S in P (strict: to S+1; any path: to any later stage) ÷ entries into S in P |
 * | stage | cohort conversion | of those entering S in P, share reaching S+1 within W days (strict: directly; any path: any later stage) |
 * | stage | cumulative conversion | product of the step conversions (Winning by Design's bow-tie math) |
 * | stage | time in stage | Kaplan–Meier median and p75 of exit − entry; open stays censored at as-of; null if never reached |
 * | stage | stay distribution | stays of P by duration bin (<1 d … ≥90 d), ended and still open at as-of apart; each bin's share of all |
 * | stage | monthly series | per month: each stage's volume and strict period conversion, zero-filled |
 * | stage | furthest stage | per entry month: share of the records whose furthest stage by as-of is S, and that reached S or later |
 * | leads | MQL draft shift | of a segment's open leads at as-of: share a criteria draft (and the version in force) qualifies; net change in MQLs = awareness leads it qualifies − MQLs it does not |
 * | leads | MQL quality | per source, of MQLs of P: accepted ÷ MQLs, rejected ÷ MQLs by as-of; the rejected by reason |
 * | sales | win rate | won ÷ (won + lost) closed in P; open excluded |
 * | sales | sales cycle | median and mean days of close − opportunity opened, deals won in P |
 * | sales | average deal size | won amount ÷ won deals in P (half up to a minor unit) |
 * | sales | sales velocity | open opportunities × win rate × deal size ÷ mean cycle days; per day and per 365.25/12-day month |
 * | sales | pipeline coverage | open pipeline due in P ÷ (target − won so far) |
 * | sales | weighted pipeline | Σ open amount × pipeline-stage probability (defaults 10/25/50/75 %) |
 * | retention | MRR movements | ChartMogul: new, expansion, contraction, churn, reactivation between consecutive months |
 * | retention | gross revenue retention | (start MRR − contraction − churn) ÷ start MRR, customers active at P's start only |
 * | retention | net revenue retention | (start MRR + expansion − contraction − churn) ÷ start MRR, same base |
 * | retention | logo churn | start customers churned in P ÷ customers at P's start |
 * | retention | expansion rate | start customers' expansion in P ÷ start MRR |
 * | retention | cohort retention | per start month × months since start: paying share and MRR ÷ month 0 |
 * | retention | MRR bridge from totals | the same movements from SQL's per-month, per-kind sums (the per-account form is the reference) |
 * | retention | period MRR bridge | P's first starting MRR + Σ monthly movements = P's last ending MRR; each mover counted once over P |
 * | retention | MRR waterfall | starting MRR, then new, expansion, reactivation (when any), contraction, churn from the running level, then ending MRR |
 * | retention | new vs existing revenue | each month's MRR split by whether the account first paid within P or before it |
 * | economics | CAC | (sales + marketing spend in P) ÷ new customers in P; null with no spend recorded |
 * | economics | LTV | ARPA × gross margin (default 0.8) ÷ monthly logo churn (accounts churned in P ÷ customer-months); null when churn is 0 |
 * | economics | LTV:CAC, payback | LTV ÷ CAC; CAC ÷ (ARPA × gross margin) months |
 * | economics | missing figure | the first unmet input: attributable spend, new customers, spend; paying customers, customers at risk, churn; won deals |
 * | speed | speed-to-lead | Kaplan–Meier median and p75 hours, MQL (or creation) → first personal touch; untouched censored at P's end |
 * | speed | SLA breach share | records in a stage at as-of for ≥ its SLA hours ÷ records in it |
 * | sources | source conversion | entries into `to` ÷ entries into `from` in P, per source |
 * | sources | attribution | won and lost deals' counts and amounts by first, last, linear or W-shaped (30/30/30/10) touch |
 * | sources | customer factory | lead cohort of P per source at each step (leads, MQLs, accepted, meetings, offers, won) by as-of; each step ÷ the previous; won ÷ leads |
 * | sources | credited deals | won and lost deals in which a source holds a share above 0 under the model; untouched deals apart |
 * | capacity | flow and bottleneck | handled = min(inflow, capacity), output = handled × conversion (whole, half up); lowest capacity ÷ inflow binds |
 * | capacity | what-if | the same flow with one stage's capacity or conversion changed |
 * | capacity | utilisation | monthly inflow ÷ monthly capacity per stage; null with no limit; the busiest stage has the highest |
 * | capacity | hourglass | handled = min(visits, capacity), meetings = handled × visit→meeting, sales = meetings × meeting→sale (whole, half up), revenue = sales × deal size |
 * | capacity | hourglass from a chain | first stage's inflow and capacity; visit→meeting = product of conversions up to the meeting stage; meeting→sale = the win rate; capped at 0–1 |
 * | segments | re-assignment | per segment: records in it now, records the rules put in it, moving in and out; moved = records whose segment differs |
 */

export { ratio, product, type Ratio } from "./ratio";
export {
  roundHalfUp,
  divideHalfUp,
  applyRateHalfUp,
  sumOfRatesHalfUp,
  allocateWhole,
} from "./rounding";
export {
  customPeriod,
  monthPeriod,
  quarterPeriod,
  yearPeriod,
  monthContaining,
  startOfMonth,
  isMonthStart,
  addMonths,
  addDays,
  monthsBetween,
  periodContains,
  periodDays,
  monthsOf,
  previousPeriod,
  type Period,
} from "./period";
export {
  kaplanMeier,
  survivalQuantile,
  durationSummary,
  type DurationBucket,
  type DurationSummary,
  type SurvivalStep,
} from "./survival";

export { stageVolumes, type StageEntries } from "./stage-volume";
export { periodConversion, movesOn, nextStage, type StageMoves, type ConversionPath } from "./period-conversion";
export { cohortConversion, cohortWindowClosed, type StageCohort } from "./cohort-conversion";
export { cumulativeConversion, conversionFunnel, type FunnelStep, type FunnelRow } from "./funnel";
export { timeInStage } from "./time-in-stage";
export { durationHistogram, binShares, STAY_BIN_EDGES_HOURS, type DurationBin } from "./duration-histogram";
export { stageSeries, type MonthFlows, type StageSeriesPoint } from "./stage-series";
export { furthestStageCohorts, type FurthestStageCount, type FurthestStageCohort, type StageShare } from "./furthest-stage";
export { mqlShift, type MqlShift, type MqlShiftInput } from "./mql-shift";
export { leadQualityBySource, type MqlOutcome, type MqlOutcomeCount, type SourceQuality } from "./lead-quality";

export { winRate, type ClosedDeals } from "./win-rate";
export { salesCycle, type CycleBucket, type SalesCycle } from "./sales-cycle";
export { averageDealSize, type WonDeals } from "./deal-size";
export { salesVelocity, DAYS_PER_MONTH, type VelocityInputs, type SalesVelocity } from "./sales-velocity";
export {
  weightedPipeline,
  pipelineCoverage,
  DEFAULT_STAGE_PROBABILITIES,
  type OpenPipelineStage,
  type StageProbabilities,
  type PipelineStageAmount,
  type WeightedPipeline,
  type CoverageInputs,
} from "./pipeline";

export {
  classifyMovement,
  mrrMovementSummary,
  mrrMovementsByMonth,
  type MrrChange,
  type MovementKind,
  type MrrMovement,
  type MrrMovementSummary,
} from "./mrr-movements";
export { mrrChangesFromSeries, type MonthlyMrr } from "./mrr-series";
export {
  mrrSummaryFromTotals,
  mrrMovementsFromTotals,
  monthlyRetentionBase,
  revenueByCustomerAge,
  type MrrMovementTotal,
  type CustomerAgeRevenue,
  type RevenueByCustomerAge,
} from "./mrr-aggregates";
export {
  periodMrrBridge,
  mrrWaterfall,
  type MovementAccounts,
  type MrrPeriodBridge,
  type WaterfallStep,
} from "./mrr-period-bridge";
export {
  retentionBase,
  grossRevenueRetention,
  netRevenueRetention,
  logoChurnRate,
  expansionRate,
  type RetentionBase,
} from "./revenue-retention";
export { cohortRetention, type CohortMonth, type CohortCell, type CohortRow } from "./cohort-retention";

export {
  acquisitionCost,
  averageRevenuePerAccount,
  monthlyLogoChurn,
  lifetimeValue,
  ltvToCac,
  cacPaybackMonths,
  segmentEconomics,
  DEFAULT_GROSS_MARGIN,
  type AcquisitionInputs,
  type ChurnExposure,
  type SegmentEconomicsInput,
  type SegmentEconomics,
} from "./unit-economics";
export { economicsGaps, type EconomicsGap, type EconomicsGapInputs, type EconomicsGaps } from "./economics-gaps";

export { speedToLead, type SpeedToLead } from "./speed-to-lead";
export { slaBreaches, type StageAge, type SlaBreach } from "./sla";

export { sourceConversion, type SourceStageEntries, type SourceConversion } from "./source-conversion";
export {
  ATTRIBUTION_MODELS,
  touchWeights,
  attributeDeals,
  type AttributionModel,
  type AttributionTouch,
  type AttributedDeal,
  type CreditTotals,
  type SourceCredit,
} from "./attribution";

export { sourceFactory, FACTORY_STEPS, type FactoryStep, type SourceFactoryCounts, type FactoryLine, type SourceFactory } from "./source-factory";
export { creditedDeals, sourceAttribution, type OutcomeCredit, type SourceAttributionRow, type SourceAttribution } from "./source-attribution";

export {
  capacityFlow,
  capacityWhatIf,
  type CapacityStage,
  type StageFlow,
  type Bottleneck,
  type CapacityFlow,
  type CapacityChange,
  type CapacityWhatIf,
} from "./capacity";
export { capacityUtilisation, busiestStage, type StageUtilisation } from "./capacity-utilisation";
export { hourglass, hourglassFromChain, type HourglassInputs, type Hourglass, type MeasuredHourglass } from "./hourglass";
export { segmentAssignment, type AssignmentFlow, type SegmentAssignmentRow, type SegmentAssignment } from "./segment-assignment";
