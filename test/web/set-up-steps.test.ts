import { step } from '../e2e/support/web-server';

// The browser journeys' set-up runs each step within a limit, so a stuck step fails with its name and the times of
// the steps before it, rather than as jest's anonymous hook timeout.
describe('set-up steps with time limits', () => {
  it('records how long each finished step took and passes its value on', async () => {
    const steps: string[] = [];
    await expect(step(steps, 'first', 1_000, async () => 42)).resolves.toBe(42);
    expect(steps).toEqual([expect.stringMatching(/^first \d+\.\d s$/)]);
  });

  it('names the step that hangs and the steps before it, and stops what the step started', async () => {
    const steps = ['the web build 1.0 s'];
    let stopped = false;
    const hung = step(steps, 'the test API', 50, () => new Promise<never>(() => undefined), () => (stopped = true));
    await expect(hung).rejects.toThrow('the test API did not finish within 0.05 s (steps before it: the web build 1.0 s)');
    expect(stopped).toBe(true);
    expect(steps).toEqual(['the web build 1.0 s']);
  });

  it('lets a step that fails fail with its own error, without waiting for the limit', async () => {
    const started = Date.now();
    await expect(step([], 'next start', 10_000, async () => Promise.reject(new Error('exited early')))).rejects.toThrow('exited early');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
