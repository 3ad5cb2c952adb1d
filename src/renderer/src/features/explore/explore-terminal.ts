/**
 * The Explore terminal's behaviour on an xterm.js terminal: a prompt with local line editing and
 * history, Tab → `explore.complete`, Enter → `explore.run` (its output as the `step` stream tells it,
 * step "explore", then the rest of what came of it), and a `docker run -it` line's session attached
 * until it exits.
 */
import type { LessonView } from '@shared/contract';
import { inLanguage } from '@shared/errors';
import type { Text } from '@shared/lesson';
import type { ExploreResult, RunnerEvent, StepResult } from '@shared/results';
import type { IDisposable, Terminal } from '@xterm/xterm';
import { api, problemOf } from '../../api/client';
import type { PanelRequest } from '../../app/panel-requests';
import type { Translate } from '../../app/useStrings';
import { type Attached, attachSession, closeQuietly, sizeOf } from '../console';
import { columns, complete } from './completion';
import { History } from './history';
import { edit, emptyLine, type Key, keysOf, type Line, lineOf, type Prompt, redraw } from './line-editor';
import { afterOutput, challengeShown, crlf, remainingOutput, style, unsupportedLines } from './report';
import type { en } from './strings';

export const exploreStep = 'explore';

export interface ExploreContext {
  lesson?: LessonView;
  /** The playground node lines run on; absent: the learner's engine. */
  node?: string;
  t: Translate<keyof typeof en>;
  text(text: Text): string;
  /** A line ran; `step`: the step or challenge it ran or checked. */
  explored(step?: StepResult): void;
  /** A step runs from its Run button: its events are not the typed line's. */
  stepRunning: boolean;
  /** The step the learner has open in the lesson view. */
  openStep?: string;
}

/** At the prompt, running a line, or typing into a session (`docker run -it …`). */
export type Mode = { kind: 'prompt' } | { kind: 'running' } | { kind: 'session'; command: string };

export type ExploreRequest = Omit<Extract<PanelRequest, { panel: 'explore' }>, 'panel' | 'node'>;

const promptOf = (node?: string): Prompt =>
  node ? { styled: `${style.bold(node)} $ `, width: node.length + 3 } : { styled: '$ ', width: 2 };

export class ExploreTerminal {
  private line: Line = emptyLine;
  /** The cursor's row within the prompt and line (a long line wraps). */
  private row = 0;
  private mode: Mode = { kind: 'prompt' };
  private history?: History;
  /** The line running: its lesson, its output so far, and the step it runs as (a step's own command runs as that step). */
  private running?: { lesson: string; streamed: string; step: string };
  private session?: { id: string; attached: Attached };
  private pending?: ExploreRequest;
  /** Whether the last text written ended a line. */
  private atLineStart = true;
  private readonly disposables: IDisposable[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly terminal: Terminal,
    private readonly context: () => ExploreContext,
    private readonly onMode: (mode: Mode) => void,
  ) {
    this.disposables.push(terminal.onData((data) => this.receive(data)));
    this.unsubscribe = api.subscribe('step', {}, { event: (event) => this.streamed(event) });
    this.print([context().t('welcome')]);
    this.showPrompt();
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.unsubscribe();
    this.endSession();
  }

  /** Types a line at the prompt (and runs it); while a line runs or a session is open, once back at the prompt. */
  request(request: ExploreRequest): void {
    if (this.mode.kind !== 'prompt') {
      this.pending = request;
      return;
    }
    if (request.line !== undefined) this.setLine(lineOf(request.line));
    this.terminal.focus();
    if (request.run) void this.enter();
  }

  /** The prompt changed (another node, another lesson): drawn again with the line as it is. */
  refreshPrompt(): void {
    if (this.mode.kind === 'prompt') this.setLine(this.line);
  }

  private get lessonHistory(): History | undefined {
    const lesson = this.context().lesson?.id;
    if (!lesson) return undefined;
    if (this.history?.lesson !== lesson) this.history = new History(lesson);
    return this.history;
  }

  private setMode(mode: Mode): void {
    this.mode = mode;
    this.onMode(mode);
  }

  private write(text: string): void {
    if (!text) return;
    this.terminal.write(text);
    this.atLineStart = text.endsWith('\n');
  }

  /** Whole lines, starting on a line of their own. */
  private print(lines: string[]): void {
    if (lines.length === 0) return;
    if (!this.atLineStart) this.write('\r\n');
    this.write(`${lines.map(crlf).join('\r\n')}\r\n`);
  }

  private setLine(line: Line): void {
    this.line = line;
    const { data, row } = redraw(promptOf(this.context().node), line, this.terminal.cols, this.row);
    this.row = row;
    this.terminal.write(data);
    this.atLineStart = false;
  }

  private showPrompt(): void {
    this.row = 0;
    if (!this.atLineStart) this.write('\r\n');
    this.setMode({ kind: 'prompt' });
    this.setLine(emptyLine);
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.request(pending);
  }

  /** Leaves the line as typed on screen and goes below it. */
  private leaveLine(suffix = ''): void {
    this.setLine({ ...this.line, cursor: this.line.text.length });
    this.write(`${suffix}\r\n`);
  }

  private receive(data: string): void {
    if (this.mode.kind === 'session') return; // the session's own input handler sends it
    for (const key of keysOf(data)) {
      if (this.mode.kind === 'running') {
        if (key.kind === 'cancel') this.cancelRun();
        continue;
      }
      this.press(key);
    }
  }

  private press(key: Key): void {
    const edited = edit(this.line, key);
    if (edited) this.setLine(edited);
    else if (key.kind === 'enter') void this.enter();
    else if (key.kind === 'tab') void this.complete();
    else if (key.kind === 'up' || key.kind === 'down') this.recall(key.kind);
    else if (key.kind === 'cancel') {
      this.leaveLine('^C');
      this.showPrompt();
    } else if (key.kind === 'clear') {
      this.terminal.write('\x1b[H\x1b[2J\x1b[3J');
      this.row = 0;
      this.setLine(this.line);
    }
  }

  /** ↑ and ↓: the lesson's earlier lines. */
  private recall(direction: 'up' | 'down'): void {
    const history = this.lessonHistory;
    const line = direction === 'up' ? history?.older(this.line.text) : history?.newer();
    if (line !== undefined) this.setLine(lineOf(line));
  }

  private async complete(): Promise<void> {
    const { lesson, node } = this.context();
    if (!lesson) return;
    const asked = this.line;
    const answer = await api
      .call('explore.complete', {
        lesson: lesson.id,
        line: asked.text.slice(0, asked.cursor),
        ...(node ? { node } : {}),
      })
      .catch(() => undefined);
    // The learner typed on meanwhile: that answer is for another line.
    if (!answer || this.mode.kind !== 'prompt' || this.line !== asked) return;
    const completed = complete(asked, answer.from, answer.candidates);
    if (!completed.list) return this.setLine(completed.line);
    this.leaveLine();
    this.write(`${columns(completed.list, this.terminal.cols).join('\r\n')}\r\n`);
    this.row = 0;
    this.setLine({ ...asked });
  }

  private async enter(): Promise<void> {
    const { text } = this.line;
    this.leaveLine();
    const { lesson, node, explored } = this.context();
    if (!text.trim() || !lesson) return this.showPrompt();
    this.lessonHistory?.add(text);
    this.running = { lesson: lesson.id, streamed: '', step: exploreStep };
    this.setMode({ kind: 'running' });
    try {
      const result = await api.call('explore.run', {
        lesson: lesson.id,
        line: text,
        ...(node ? { node } : {}),
        ...sizeOf(this.terminal),
      });
      this.show(result);
      if (result.kind === 'ran') explored(result.step);
      if (result.kind === 'ran' && challengeShown(result.challenge, this.context().openStep))
        explored(result.challenge);
    } catch (error) {
      this.printError(error);
    } finally {
      this.running = undefined;
      if (this.mode.kind === 'running') this.showPrompt();
    }
  }

  private show(result: ExploreResult): void {
    const context = this.context();
    if (result.kind === 'unsupported') this.print(unsupportedLines(result, context));
    else if (result.kind === 'session') this.attach(result.sessionId, result.command);
    else {
      this.write(crlf(remainingOutput(result.result, this.running?.streamed ?? '')));
      this.print(afterOutput(result, context));
    }
  }

  private printError(error: unknown): void {
    const { t, text } = this.context();
    const { message, fix } = inLanguage(problemOf(error), text);
    this.print([style.red(t('error', { message })), ...(fix ? [t('fix', { fix })] : [])]);
  }

  /**
   * The `step` stream: output of the line running now, as it comes. A typed step command runs as that
   * step, so while no step runs from its Run button, the lesson's events are the line's.
   */
  private streamed(event: RunnerEvent): void {
    const running = this.running;
    if (!running || event.type === 'action-end' || event.lesson !== running.lesson) return;
    if (event.step !== exploreStep && this.context().stepRunning) return;
    if (event.type === 'action-start') running.step = event.step;
    if (event.type !== 'output') return;
    running.streamed += event.chunk.text;
    this.write(crlf(event.chunk.text));
  }

  private cancelRun(): void {
    const running = this.running;
    if (!running) return;
    this.write('^C');
    api.call('step.cancel', { lesson: running.lesson, step: running.step }).catch(() => undefined);
  }

  private attach(sessionId: string, command: string): void {
    this.setMode({ kind: 'session', command });
    const back = (lines: string[]) => {
      this.endSession();
      // Once the session's last output is on screen: where it left the cursor, and plain text again.
      this.terminal.write('\x1b[0m\x1b[?1l', () => {
        this.atLineStart = this.terminal.buffer.active.cursorX === 0;
        this.print(lines);
        this.showPrompt();
      });
    };
    const attached = attachSession(this.terminal, sessionId, {
      onExit: (code) => back(code ? [this.context().t('exit', { code })] : []),
      onFail: (error) => {
        const { t, text } = this.context();
        back([style.red(t('failedStream', { message: inLanguage(problemOf(error), text).message }))]);
      },
    });
    this.session = { id: sessionId, attached };
    attached.resize();
    this.terminal.focus();
  }

  private endSession(): void {
    const session = this.session;
    this.session = undefined;
    if (!session) return;
    session.attached.detach();
    closeQuietly(session.id);
  }
}
