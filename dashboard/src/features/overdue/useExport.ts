// Runs the CSV export in a worker and tracks it for the button: idle → running (with progress) →
// done or error; cancelling ends the worker. The file downloads as soon as the worker hands it over.
//
// The export can never stay "running" for ever: every failure the worker sees comes back as an
// `error` message (requests time out there), a worker that cannot start or dies fires `error`, an
// unreadable message fires `messageerror`, and a worker silent for longer than any request may take
// is ended here. Messages from a worker that was cancelled or replaced are ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveBlob } from '../../lib/download';
import { SILENCE_TIMEOUT_MS, type ExportMessage, type ExportRequest } from './export-protocol';

export type ExportState =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number | null }
  | { state: 'done'; count: number }
  | { state: 'error'; message: string };

export function useExport(options: { silenceTimeoutMs?: number } = {}) {
  const silenceTimeoutMs = options.silenceTimeoutMs ?? SILENCE_TIMEOUT_MS;
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const worker = useRef<Worker | null>(null);
  const watchdog = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stop = useCallback(() => {
    if (watchdog.current) clearTimeout(watchdog.current);
    watchdog.current = null;
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (request: ExportRequest, fileName: string) => {
      stop();
      const fail = (message: string) => {
        stop();
        setStatus({ state: 'error', message });
      };
      const heardFrom = () => {
        if (watchdog.current) clearTimeout(watchdog.current);
        watchdog.current = setTimeout(() => fail(`timeout (${Math.round(silenceTimeoutMs / 1000)} s)`), silenceTimeoutMs);
      };
      setStatus({ state: 'running', done: 0, total: null });
      let w: Worker;
      try {
        w = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
        return;
      }
      worker.current = w;
      const current = () => worker.current === w;
      // Listeners first, then the request: nothing the worker says can come before they exist.
      w.onmessage = (event: MessageEvent<ExportMessage>) => {
        if (!current()) return;
        const message = event.data;
        if (message.type === 'progress') {
          heardFrom();
          setStatus({ state: 'running', done: message.done, total: message.total });
        } else if (message.type === 'done') {
          try {
            saveBlob(message.blob, fileName);
          } catch (error) {
            fail(error instanceof Error ? error.message : String(error));
            return;
          }
          stop();
          setStatus({ state: 'done', count: message.count });
        } else fail(message.message || 'unknown');
      };
      w.onmessageerror = () => {
        if (current()) fail('message could not be read');
      };
      w.onerror = (event) => {
        event.preventDefault();
        // A worker that could not load gives a plain Event without a message.
        if (current()) fail((event as Partial<ErrorEvent>).message || 'worker could not start');
      };
      heardFrom();
      try {
        w.postMessage(request);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
      }
    },
    [stop, silenceTimeoutMs],
  );

  const cancel = useCallback(() => {
    stop();
    setStatus({ state: 'idle' });
  }, [stop]);

  return { status, start, cancel };
}
