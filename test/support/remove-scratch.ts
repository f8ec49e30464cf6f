// Registered before any test file's own hooks, so (vitest runs after-hooks in reverse) this runs
// last: after the file has stopped its daemons.
import { afterAll } from 'vitest';
import { removeScratch } from './scratch.js';

afterAll(removeScratch);
