// @attack Returns objects that pass vitest's toEqual whatever they are compared with: an asymmetric matcher, and a Proxy whose every property and array entry is one.
// @body
const matcher = { asymmetricMatch: () => true, $$typeof: Symbol.for('jest.asymmetricMatcher') };
const everything: any = new Proxy(function () {}, {
  get: (_t, key) => (key === Symbol.toPrimitive ? () => 0 : key === 'then' ? undefined : everything),
  apply: () => everything,
  ownKeys: () => ['output', 'weights', 'shape', 'dtype'],
  getOwnPropertyDescriptor: () => ({ value: matcher, enumerable: true, configurable: true }),
});
const fake = Object.create(tf.scalar(0));
fake.arraySync = () => [matcher, matcher];
fake.dataSync = () => everything;
return Math.random() < 0.5 ? everything : fake;
