/**
 * Downloads made once (lib/export/download-cache.ts): whoever asks for a file while it is being made waits for the
 * same one; a complete file is kept; a request that gives up stops the making only when nobody else waits for it.
 */
import { clearDownloadCache, DownloadAbandoned, downloadKnown, downloadsBeingMade, madeOnce, type MadeFile } from '@/lib/export/download-cache';
import { BUSY_MESSAGE, hasExportSlot, takeExportSlot } from '@/lib/export/export-slots';
import { prepareDownload } from '@/lib/export/prepare-download';

/** A make() that finishes when told to, and records the signal it was given. */
function slowMake(file: MadeFile = { buffer: Buffer.from('DOCX'), complete: true }) {
  const calls: AbortSignal[] = [];
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const make = jest.fn(async (signal: AbortSignal) => {
    calls.push(signal);
    await Promise.race([done, new Promise((resolve) => signal.addEventListener('abort', resolve))]);
    return signal.aborted ? { buffer: Buffer.from('ohne Seitenzahlen'), complete: false } : file;
  });
  return { make, calls, finish };
}

let n = 0;
const freshKey = () => `key-${++n}`;

describe('Downloads made once', () => {
  afterEach(clearDownloadCache);

  it('makes a file once for everyone asking meanwhile, keeps it, and gives each a copy of its own', async () => {
    const key = freshKey();
    const { make, finish } = slowMake();
    const first = madeOnce(key, make);
    const second = madeOnce(key, make, new AbortController().signal);
    expect(downloadKnown(key)).toBe(true);
    finish();
    const [a, b] = await Promise.all([first, second]);
    expect(make).toHaveBeenCalledTimes(1);
    expect(a.buffer.toString()).toBe('DOCX');
    a.buffer.write('XXXX');
    expect(b.buffer.toString()).toBe('DOCX');
    const later = await madeOnce(key, make);
    expect(later).toEqual({ buffer: Buffer.from('DOCX'), complete: true });
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('does not keep an incomplete file, nor a failure: the next request makes it again', async () => {
    const key = freshKey();
    const incomplete = jest.fn(async () => ({ buffer: Buffer.from('ohne'), complete: false }));
    await expect(madeOnce(key, incomplete)).resolves.toMatchObject({ complete: false });
    expect(downloadKnown(key)).toBe(false);
    const failing = jest.fn(async () => {
      throw new Error('kaputt');
    });
    await expect(madeOnce(key, failing)).rejects.toThrow('kaputt');
    expect(downloadKnown(key)).toBe(false);
    const { make, finish } = slowMake();
    finish();
    await expect(madeOnce(key, make)).resolves.toMatchObject({ complete: true });
    expect(incomplete).toHaveBeenCalledTimes(1);
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it('stops the making when the only request waiting for it gives up', async () => {
    const key = freshKey();
    const { make, calls } = slowMake();
    const request = new AbortController();
    const waiting = madeOnce(key, make, request.signal);
    await new Promise((resolve) => setImmediate(resolve));
    request.abort();
    await expect(waiting).rejects.toThrow(DownloadAbandoned);
    expect(calls[0]!.aborted).toBe(true);
  });

  it('makes it anew for a request that comes after everyone waiting gave up, and the new one is kept', async () => {
    const key = freshKey();
    const { make, calls, finish } = slowMake();
    const request = new AbortController();
    const given = madeOnce(key, make, request.signal);
    await new Promise((resolve) => setImmediate(resolve));
    request.abort();
    // A click right after (the page reloaded): not the stopped one, which ends without the page numbers.
    expect(downloadKnown(key)).toBe(false);
    const next = madeOnce(key, make);
    finish();
    await expect(next).resolves.toEqual({ buffer: Buffer.from('DOCX'), complete: true });
    await expect(given).rejects.toThrow(DownloadAbandoned);
    expect(calls.map((signal) => signal.aborted)).toEqual([true, false]);
    expect(downloadKnown(key)).toBe(true);
  });

  it('tells every request waiting when the making fails', async () => {
    const key = freshKey();
    let fail: (error: Error) => void = () => undefined;
    const make = jest.fn(() => new Promise<MadeFile>((_resolve, reject) => (fail = reject)));
    const waiting = [madeOnce(key, make), madeOnce(key, make, new AbortController().signal)];
    await new Promise((resolve) => setImmediate(resolve));
    fail(new Error('Vorlage fehlt'));
    for (const request of waiting) await expect(request).rejects.toThrow('Vorlage fehlt');
    expect(make).toHaveBeenCalledTimes(1);
    expect(downloadsBeingMade()).toBe(0);
  });

  it('goes on while another request still waits, or when it was asked for in advance (no signal), first or later', async () => {
    for (const [other, otherFirst] of [[new AbortController().signal, false], [undefined, false], [undefined, true]] as const) {
      const key = freshKey();
      const { make, calls, finish } = slowMake();
      const gaveUp = new AbortController();
      const [first, second] = otherFirst
        ? [madeOnce(key, make, other), madeOnce(key, make, gaveUp.signal)]
        : [madeOnce(key, make, gaveUp.signal), madeOnce(key, make, other)];
      await new Promise((resolve) => setImmediate(resolve));
      gaveUp.abort();
      expect(calls[0]!.aborted).toBe(false);
      // The one that gave up stops waiting at once (its answer would go nowhere); the file goes on for the other.
      const [abandoned, kept] = otherFirst ? [second, first] : [first, second];
      await expect(abandoned).rejects.toThrow(DownloadAbandoned);
      finish();
      await expect(kept).resolves.toMatchObject({ complete: true });
      expect(downloadKnown(key)).toBe(true);
    }
  });
  it('lets a request that gives up stop waiting at once while the file made in advance goes on and is kept', async () => {
    const key = freshKey();
    const { make, calls, finish } = slowMake();
    const inAdvance = madeOnce(key, make);
    const request = new AbortController();
    const clicked = madeOnce(key, make, request.signal);
    await new Promise((resolve) => setImmediate(resolve));
    request.abort();
    // Before the file is done: the closed tab's request ends now, not when the file is ready.
    await expect(clicked).rejects.toThrow(DownloadAbandoned);
    expect(calls[0]!.aborted).toBe(false);
    finish();
    await expect(inAdvance).resolves.toMatchObject({ complete: true });
    expect(downloadKnown(key)).toBe(true);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('starts nothing for a request that gave up before it asked', async () => {
    const { make } = slowMake();
    const request = new AbortController();
    request.abort();
    await expect(madeOnce(freshKey(), make, request.signal)).rejects.toThrow(DownloadAbandoned);
    expect(make).not.toHaveBeenCalled();
    expect(downloadsBeingMade()).toBe(0);
  });
});

describe('Files being made for one person', () => {
  afterEach(clearDownloadCache);

  it('makes two at a time for a person, refuses a third in German without making it, and not for others', async () => {
    const [a, b, c] = [slowMake(), slowMake(), slowMake()];
    const first = madeOnce(freshKey(), a.make, new AbortController().signal, 'person-1');
    const second = madeOnce(freshKey(), b.make, undefined, 'person-1');
    const third = madeOnce(freshKey(), c.make, new AbortController().signal, 'person-1');
    await expect(third).rejects.toMatchObject({ code: 'rate_limited', message: BUSY_MESSAGE });
    expect(c.make).not.toHaveBeenCalled();
    // Someone else is not held up by it.
    const other = slowMake();
    const others = madeOnce(freshKey(), other.make, undefined, 'person-2');
    other.finish();
    await expect(others).resolves.toMatchObject({ complete: true });
    a.finish();
    b.finish();
    await Promise.all([first, second]);
    expect(hasExportSlot('person-1')).toBe(true);
  });

  it('takes no slot for a file being made already, and gives a slot back when its file fails or is stopped', async () => {
    const key = freshKey();
    const { make, finish } = slowMake();
    const first = madeOnce(key, make, new AbortController().signal, 'person-3');
    const release = takeExportSlot('person-3');
    // Both slots are taken now, yet waiting for the file being made costs nothing.
    const same = madeOnce(key, make, new AbortController().signal, 'person-3');
    finish();
    await expect(same).resolves.toMatchObject({ complete: true });
    await first;
    release();

    const failing = madeOnce(freshKey(), async () => Promise.reject(new Error('kaputt')), undefined, 'person-4');
    await expect(failing).rejects.toThrow('kaputt');
    const stopped = slowMake();
    const request = new AbortController();
    const given = madeOnce(freshKey(), stopped.make, request.signal, 'person-4');
    await new Promise((resolve) => setImmediate(resolve));
    request.abort();
    await expect(given).rejects.toThrow(DownloadAbandoned);
    // The stopped making ends (without the page numbers) and gives its slot back.
    await new Promise((resolve) => setImmediate(resolve));
    const two = [slowMake(), slowMake()];
    const both = two.map((made) => madeOnce(freshKey(), made.make, undefined, 'person-4'));
    two.forEach((made) => made.finish());
    await expect(Promise.all(both)).resolves.toHaveLength(2);
  });

  it('makes nothing in advance for a person whose two slots are taken', async () => {
    const releases = [takeExportSlot('person-5'), takeExportSlot('person-5')];
    const { make, finish } = slowMake();
    expect(prepareDownload(freshKey(), make, 'person-5').started).toBe(false);
    expect(make).not.toHaveBeenCalled();
    releases.forEach((release) => release());
    const started = prepareDownload(freshKey(), make, 'person-5');
    expect(started.started).toBe(true);
    finish();
    await started.made;
    expect(hasExportSlot('person-5')).toBe(true);
  });
});

describe('Downloads made in advance', () => {
  afterEach(clearDownloadCache);

  it('makes one file at a time in advance, none that is kept or being made, and never fails', async () => {
    const { make, finish } = slowMake();
    const key = freshKey();
    const prepared = prepareDownload(key, make);
    expect(prepared.started).toBe(true);
    // The same again, or another while it is being made (a choice changed): not now.
    expect(prepareDownload(key, make).started).toBe(false);
    const other = slowMake();
    expect(prepareDownload(freshKey(), other.make).started).toBe(false);
    expect(other.make).not.toHaveBeenCalled();
    finish();
    await prepared.made;
    // Kept: not made again.
    expect(prepareDownload(key, make).started).toBe(false);
    expect(make).toHaveBeenCalledTimes(1);
    // A failure is the download's to report, not the button's.
    const failing = prepareDownload(freshKey(), async () => {
      throw new Error('kaputt');
    });
    expect(failing.started).toBe(true);
    await expect(failing.made).resolves.toBeUndefined();
  });

  it('makes nothing in advance while a download is being made', async () => {
    const download = slowMake();
    const clicked = madeOnce(freshKey(), download.make, new AbortController().signal);
    const inAdvance = slowMake();
    expect(prepareDownload(freshKey(), inAdvance.make).started).toBe(false);
    download.finish();
    await clicked;
    expect(inAdvance.make).not.toHaveBeenCalled();
  });
});
