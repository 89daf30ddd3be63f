// The report area's surface: the deliverability score and what to fix first.
export {
  computeScore,
  MIN_SAMPLE,
  recommendations,
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
