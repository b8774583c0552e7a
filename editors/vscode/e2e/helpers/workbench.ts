import type { Page } from 'playwright-core';

// Drives VS Code's workbench (served by code-server) the way a person does: the command palette, the
// keyboard, what is on screen. Selectors are VS Code 1.99's own class names.

export interface Problem {
  severity: string;
  message: string;
  line: number;
  column: number;
  code: string;
}

export class Workbench {
  /** The Problems panel's rows as last read (aria-label || text), for failure messages. */
  lastProblemRows: string[] = [];
  constructor(
    readonly page: Page,
    private readonly timeoutMs: number,
  ) {}

  /** Runs a command by its title through the command palette (F1). */
  async command(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: this.timeoutMs });
    await input.fill(`>${title}`);
    // Enter runs the focused row: wait until the filtered list has put the wanted command there.
    const focused = this.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title });
    await focused.waitFor({ state: 'visible', timeout: this.timeoutMs });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: this.timeoutMs });
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab to be active. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: this.timeoutMs });
    await input.fill(name);
    await this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: this.timeoutMs });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tab.active', { hasText: name }).waitFor({ timeout: this.timeoutMs });
    await this.focusEditor();
  }

  async focusEditor(): Promise<void> {
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  }

  /** Puts the cursor at a 1-based line and column with Go to Line (Ctrl+G), and waits for the status bar to say so. */
  async goTo(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor({ state: 'visible', timeout: this.timeoutMs });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.waitForCursor(line, column);
  }

  /** The cursor position the status bar shows, as [line, column]. */
  async cursor(): Promise<[number, number]> {
    const text = (await this.page.locator('[id="status.editor.selection"]').first().textContent()) ?? '';
    const match = /Ln (\d+), Col (\d+)/.exec(text);
    return match === null ? [0, 0] : [Number(match[1]), Number(match[2])];
  }

  async waitForCursor(line: number, column: number): Promise<void> {
    await this.until(async () => {
      const [l, c] = await this.cursor();
      return l === line && c === column;
    }, async () => `the cursor at ${line}:${column} (it is at ${(await this.cursor()).join(':')})`);
  }

  /** The text of the active editor's line as rendered (the line must be on screen). */
  async lineText(line: number): Promise<string> {
    return this.page.evaluate((wanted) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      const numbers = [...(editor?.querySelectorAll('.margin-view-overlays .line-numbers') ?? [])];
      const number = numbers.find((n) => n.textContent?.trim() === String(wanted)) as HTMLElement | undefined;
      if (number === undefined) {
        return '';
      }
      const top = (number.closest('[style*="top"]') as HTMLElement | null)?.style.top ?? '';
      const lines = [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])] as HTMLElement[];
      return (lines.find((l) => l.style.top === top)?.textContent ?? '').replace(/\u00a0/g, ' ');
    }, line);
  }

  /** The colour the active editor renders the first token containing `text` in (after semantic colouring). */
  async colourOf(text: string): Promise<string | undefined> {
    return this.page.evaluate((wanted) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      const spans = [...(editor?.querySelectorAll('.view-lines .view-line span span') ?? [])] as HTMLElement[];
      const span = spans.find((s) => (s.textContent ?? '').replace(/\u00a0/g, ' ').includes(wanted));
      return span === undefined ? undefined : getComputedStyle(span).color;
    }, text);
  }

  /**
   * Every marker in the Problems panel, per file name. The page is made tall while the panel is read, so
   * that its list (which renders only the rows on screen) shows every row.
   */
  async problems(): Promise<Map<string, Problem[]>> {
    const viewport = this.page.viewportSize();
    await this.command('View: Focus Problems');
    await this.page.setViewportSize({ width: viewport?.width ?? 1400, height: 3000 });
    try {
      await this.page.waitForTimeout(500);
      const labels = await this.page.$$eval('.markers-panel .monaco-list-row', (rows) =>
        rows.map((r) => ({ label: r.getAttribute('aria-label') ?? '', text: r.textContent ?? '' })),
      );
      this.lastProblemRows = labels.map((l) => `${l.label} || ${l.text}`);
      const byFile = new Map<string, Problem[]>();
      let current: Problem[] | undefined;
      for (const { label, text } of labels) {
        const file = /problems? in file (.+?) of folder/.exec(label);
        if (file !== null) {
          current = [];
          byFile.set(file[1] ?? '', current);
          continue;
        }
        // "Warning: <message> at line 90 and character 106. [This problem has references to 1 locations. ]generated by newsdsl"
        const marker = /^(Error|Warning|Info): (.*) at line (\d+) and character (\d+)\. (?:This problem has references to \d+ locations\. )?generated by (\S+)$/s.exec(label);
        // the row shows `newsdsl(NEWS005)`; the ID is the last NEWSxxx in the row's text
        const code = [...text.matchAll(/NEWS\d{3}/g)].pop()?.[0] ?? '';
        if (marker !== null && current !== undefined) {
          current.push({
            severity: marker[1]?.toLowerCase() ?? '',
            message: marker[2] ?? '',
            line: Number(marker[3]),
            column: Number(marker[4]),
            code,
          });
        }
      }
      return byFile;
    } finally {
      if (viewport !== null) {
        await this.page.setViewportSize(viewport);
      }
    }
  }

  /** The text of the active editor's lines on screen (in DOM order, which is not always screen order). */
  async visibleText(): Promise<string> {
    const text = await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().textContent();
    return (text ?? '').replace(/\u00a0/g, ' ');
  }

  /** The notifications on screen (toasts) and in the notification centre, as text. */
  async notifications(): Promise<string[]> {
    return this.page.$$eval('.notification-toast, .notifications-center .notification-list-item', (items) =>
      items.map((i) => i.getAttribute('aria-label') ?? i.textContent ?? ''),
    );
  }

  async until(condition: () => Promise<boolean>, what: string | (() => Promise<string>), timeoutMs = this.timeoutMs): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await condition())) {
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : await what()}`);
      }
      await this.page.waitForTimeout(250);
    }
  }
}
