// Ctrl+C in `npm run lab -- run`: the first cancels the running step, a second exits at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cancelOnInterrupt, EXIT_INTERRUPTED } from '../../../src/main/lab/interrupt';

afterEach(() => vi.restoreAllMocks());

describe('Ctrl+C in the headless runner', () => {
  it('cancels first, exits on the second, and lets go of SIGINT when done', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
    const onFirst = vi.fn();
    const before = process.listenerCount('SIGINT');
    const interrupt = cancelOnInterrupt(onFirst);
    process.emit('SIGINT');
    expect(interrupt.signal.aborted).toBe(true);
    expect(onFirst).toHaveBeenCalledOnce();
    expect(exit).not.toHaveBeenCalled();
    process.emit('SIGINT');
    expect(exit).toHaveBeenCalledWith(EXIT_INTERRUPTED);
    interrupt.dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
