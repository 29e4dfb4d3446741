// @attack Answers samplingDistribution from sampleNextToken, by bisection on the uniform number it is given: each token's share of [0, 1) is its probability, exact to 1e-12, hoping sampleNextToken keeps its reference body while samplingDistribution is graded.
// @target samplingDistribution
// @body
const [scores, opts] = arguments as unknown as [number[], Record<string, number> | undefined];
const ids: number[] = [];
const probs: number[] = [];
let from = 0;
while (from < 1 - 1e-12 && ids.length <= scores.length) {
  const id = sampleNextToken(scores, opts ?? {}, () => from);
  let lo = from;
  let hi = 1;
  for (let step = 0; step < 45; step++) {
    const mid = (lo + hi) / 2;
    if (sampleNextToken(scores, opts ?? {}, () => mid) === id) lo = mid;
    else hi = mid;
  }
  ids.push(id);
  probs.push(hi - from);
  from = hi;
}
return { ids, probs };
