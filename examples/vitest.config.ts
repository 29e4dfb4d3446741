import { defineProject } from 'vitest/config';

// The consumer projects in this folder install the packed tarballs with npm,
// as a user outside this repository would; examples.test.ts drives them.
export default defineProject({
  test: {
    name: 'examples',
    include: ['*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
