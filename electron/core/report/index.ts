// The report area's surface: the deliverability score and what to fix first.
export {
  CANNOT_SEND_CAP,
  computeScore,
  MIN_SAMPLE,
  notMeasured,
  recommendations,
  SCORE_FLOOR,
  type NotMeasured,
  type RecordFix,
  type Recommendation,
  type ScoreAdvice,
  type ScoreComponent,
  type ScoreGroup,
  type ScoreInputs,
  type ScoreKey,
  type ScoreResult,
  type ScoreStatus,
} from './score';
export { spfFor } from './build';
