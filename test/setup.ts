// Shared test setup. waitFor's default of 1 s is too short on a loaded 2-core CI machine: a
// component test that waits for an outcome fails on time, not on the outcome. The outcome is
// still asserted; only the patience grows.
import { configure } from '@testing-library/dom';

configure({ asyncUtilTimeout: 10_000 });
