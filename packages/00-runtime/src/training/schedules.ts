/** A learning rate for each optimiser step, counted from 1. */
export type LearningRateSchedule = (step: number) => number;

function checkPositive(fn: string, name: string, value: number, allowZero = false): void {
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new Error(`${fn}: option '${name}' must be ${allowZero ? '>= 0' : '> 0'}, got ${value}`);
  }
}

/**
 * Linear warm-up from 0 to `peak` over `warmupSteps`, then a half cosine from `peak` down
 * to `floor` at `totalSteps` (and `floor` after it).
 *
 * $$\eta_t = \begin{cases} \eta_\text{peak}\, t / W & t \le W \\
 *   \eta_\text{floor} + \tfrac12(\eta_\text{peak} - \eta_\text{floor})
 *   \left(1 + \cos \pi \tfrac{t - W}{T - W}\right) & W < t \le T \end{cases}$$
 *
 * @param options `peak` (> 0), `warmupSteps` W (>= 0), `totalSteps` T (> W), `floor`
 *   (default 0).
 */
export function warmupCosine(options: {
  peak: number;
  warmupSteps: number;
  totalSteps: number;
  floor?: number;
}): LearningRateSchedule {
  const fn = 'warmupCosine';
  if (options === null || typeof options !== 'object') {
    throw new Error(`${fn}: expected an options object { peak, warmupSteps, totalSteps }`);
  }
  const { peak, warmupSteps, totalSteps, floor = 0 } = options;
  checkPositive(fn, 'peak', peak);
  checkPositive(fn, 'warmupSteps', warmupSteps, true);
  checkPositive(fn, 'floor', floor, true);
  if (
    !Number.isInteger(warmupSteps) ||
    !Number.isInteger(totalSteps) ||
    totalSteps <= warmupSteps
  ) {
    throw new Error(
      `${fn}: 'warmupSteps' and 'totalSteps' must be integers with totalSteps > warmupSteps, got ${warmupSteps} and ${totalSteps}`,
    );
  }
  return (step) => {
    if (step <= warmupSteps) return (peak * step) / warmupSteps;
    const progress = Math.min(1, (step - warmupSteps) / (totalSteps - warmupSteps));
    return floor + 0.5 * (peak - floor) * (1 + Math.cos(Math.PI * progress));
  };
}

/**
 * Linear warm-up to `peak` over `warmupSteps`, then decay with the inverse square root of
 * the step, as in "Attention Is All You Need" (there with `peak` = d_model^{-1/2} W^{-1/2}).
 *
 * $$\eta_t = \eta_\text{peak} \min\left(\frac{t}{W}, \sqrt{\frac{W}{t}}\right)$$
 *
 * @param options `peak` (> 0), `warmupSteps` W (> 0).
 */
export function inverseSqrt(options: { peak: number; warmupSteps: number }): LearningRateSchedule {
  const fn = 'inverseSqrt';
  if (options === null || typeof options !== 'object') {
    throw new Error(`${fn}: expected an options object { peak, warmupSteps }`);
  }
  const { peak, warmupSteps } = options;
  checkPositive(fn, 'peak', peak);
  if (!Number.isInteger(warmupSteps) || warmupSteps < 1) {
    throw new Error(`${fn}: option 'warmupSteps' must be a positive integer, got ${warmupSteps}`);
  }
  return (step) => peak * Math.min(step / warmupSteps, Math.sqrt(warmupSteps / step));
}
