// @attack Returns the sampler's plain arrays as Proxies of four entries, each read as an asymmetric matcher, hoping a comparison of plain data can be fooled the way vitest's toEqual was.
// @target samplingDistribution
// @body
const matcher = { asymmetricMatch: () => true, $$typeof: Symbol.for('jest.asymmetricMatcher') };
// an array of four whose every entry, read through the Proxy, is the matcher
const anything: any = new Proxy([0, 0, 0, 0], {
  get: (target, key, receiver) =>
    typeof key === 'string' && /^\d+$/.test(key) ? matcher : Reflect.get(target, key, receiver),
  getOwnPropertyDescriptor: (target, key) =>
    typeof key === 'string' && /^\d+$/.test(key)
      ? { value: matcher, writable: true, enumerable: true, configurable: true }
      : Reflect.getOwnPropertyDescriptor(target, key),
});
return { ids: anything, probs: anything };
