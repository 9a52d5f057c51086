/** The Outlook panes go standalone only when office.js says there is no host, never on a timer. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paneMailbox } from '../../src/office/outlook-runtime';
import { FakeOutlook } from '../fakes/fake-mailbox';

const g = globalThis as { Office?: unknown };

afterEach(() => {
  delete g.Office;
  vi.useRealTimers();
});

function office(host: string | null, delayMs: number) {
  const fake = new FakeOutlook();
  g.Office = {
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host, platform: 'PC' }), delayMs)),
    context: { mailbox: fake.mailbox, requirements: fake.requirements, platform: 'PC' },
  };
}

describe('paneMailbox', () => {
  it('a slow Outlook start (10 s) still gets the mailbox', async () => {
    vi.useFakeTimers();
    office('Outlook', 10_000);
    const p = paneMailbox();
    await vi.advanceTimersByTimeAsync(10_000);
    const mb = await p;
    expect(mb?.mode).toBe('compose');
    expect(mb?.platform).toBe('PC');
  });

  it('no host (a plain browser) → standalone', async () => {
    office(null, 0);
    expect(await paneMailbox()).toBeNull();
  });

  it('office.js not loaded → standalone', async () => {
    expect(await paneMailbox()).toBeNull();
  });
});
