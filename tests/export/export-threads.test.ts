/**
 * The export's worker threads run in a process of their own (lib/export/export-threads.ts, thread-host.mjs): what
 * the render and layout code rely on of a worker thread holds there too, and without that process the threads run
 * in the server's process instead.
 */
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import type { ExportWorker } from '@/lib/export/export-threads';

const ECHO = path.join(__dirname, 'fixtures', 'echo-worker.mjs');

const next = <T,>(worker: ExportWorker, event: 'message' | 'exit') =>
  new Promise<T>((resolve) => (event === 'exit' ? worker.on('exit', resolve as (code: number) => void) : worker.on<T>('message', resolve)));

describe('Export-Threads im eigenen Prozess', () => {
  it('passes messages with bytes both ways, reports the exit code, and ends the process with its last worker', async () => {
    const { exportThreadsProcessId, startExportWorker } = await import('@/lib/export/export-threads');
    const worker = startExportWorker(ECHO);
    const answer = next<{ got: { text: string }; bytes: number }>(worker, 'message');
    worker.postMessage({ text: 'Gewaltschutzkonzept', bytes: new Uint8Array(300_000) });
    expect(await answer).toEqual({ got: expect.objectContaining({ text: 'Gewaltschutzkonzept' }), bytes: 300_000 });
    const host = exportThreadsProcessId();
    expect(host).toBeDefined();
    expect(host).not.toBe(process.pid);

    const exited = next<number>(worker, 'exit');
    worker.postMessage('ende');
    expect(await exited).toBe(3);
    // No worker left: the process ends, and the next worker starts a new one.
    for (let i = 0; i < 100 && exportThreadsProcessId() === host; i++) await new Promise((r) => setTimeout(r, 20));
    expect(exportThreadsProcessId()).not.toBe(host);

    const again = startExportWorker(ECHO);
    const reply = next<{ got: string }>(again, 'message');
    again.postMessage('noch einmal');
    expect((await reply).got).toBe('noch einmal');
    expect(await again.terminate()).toEqual(expect.any(Number));
  });

  it('keeps a process alive until a worker it ends has ended, though nothing else keeps it (a command-line export)', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', 'terminate-unrefd.ts')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(output).toMatch(/beendet mit \d+/);
  });

  it('runs the threads in this process when the export process cannot be started, and says so once', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    await jest.isolateModulesAsync(async () => {
      jest.doMock('node:child_process', () => ({
        spawn: () => {
          const child = Object.assign(new EventEmitter(), { connected: false, exitCode: null, channel: null, pid: undefined, ref() {}, unref() {}, kill() {}, send() {}, disconnect() {} });
          setImmediate(() => child.emit('error', new Error('spawn EAGAIN')));
          return child;
        },
      }));
      const { exportThreadsProcessId, startExportWorker } = await import('@/lib/export/export-threads');
      const first = startExportWorker(ECHO);
      const answer = next<{ got: string }>(first, 'message');
      // Sent before it is known that the process did not start: not lost.
      first.postMessage('zuerst');
      expect((await answer).got).toBe('zuerst');
      const second = startExportWorker(ECHO);
      const reply = next<{ got: string }>(second, 'message');
      second.postMessage('danach');
      expect((await reply).got).toBe('danach');
      expect(exportThreadsProcessId()).toBeUndefined();
      await Promise.all([first.terminate(), second.terminate()]);
    });
    expect(warn.mock.calls.filter(([text]) => String(text).includes('im Server-Prozess'))).toHaveLength(1);
    warn.mockRestore();
  });
});
