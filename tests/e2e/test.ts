// Every spec's `test`: fails a test when a page in its context threw an uncaught error. A Rust
// panic in the app shows up here as "unreachable" (release builds abort on panic), and would
// otherwise pass unseen while the app stops answering.
import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend<{ noUncaughtErrors: void }>({
  noUncaughtErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on('weberror', (e) => errors.push(e.error().message));
      // The panic's own message comes to the console just before; it says where.
      context.on('console', (m) => {
        if (m.text().includes('panicked at')) errors.push(m.text().split('\n\nStack')[0]);
      });
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});
