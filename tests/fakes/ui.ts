/**
 * SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, all recorded so a test can read
 * them (the HTML of a sidebar is kept as shown). Alerts and prompts answer from a queue the test fills
 * (ui.answerAlert / ui.answerPrompt); with nothing queued an alert answers the first button of its set
 * (OK, or YES for YES_NO sets) and a prompt answers OK with "". That default is ours.
 */
import { type CallCounter, gas, unwrap, wrap } from './counter';
import { Button, ButtonSet, type EnumValue } from './enums';
import type { FakeHtmlOutput } from './html';

export type MenuEntry = { label: string; functionName: string } | 'separator' | { subMenu: RecordedMenu };
export interface RecordedMenu {
  title: string;
  items: MenuEntry[];
}
export interface RecordedAlert {
  title?: string;
  prompt: string;
  buttons: string;
  answer: string;
}
export interface RecordedDialog {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  html: string;
  width: number | null;
  height: number | null;
}

export class UiRecorder {
  readonly menus: RecordedMenu[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: (RecordedAlert & { text: string })[] = [];
  readonly dialogs: RecordedDialog[] = [];
  private alertAnswers: EnumValue[] = [];
  private promptAnswers: { text: string; button: EnumValue }[] = [];

  answerAlert(button: keyof typeof Button): void {
    this.alertAnswers.push(Button[button]);
  }
  answerPrompt(text: string, button: keyof typeof Button = 'OK'): void {
    this.promptAnswers.push({ text, button: Button[button] });
  }
  /** The last sidebar/dialog shown, or undefined. */
  lastDialog(): RecordedDialog | undefined {
    return this.dialogs[this.dialogs.length - 1];
  }
  /** Menu items as [label, functionName] ('---' for separators), for the menu with that title. */
  menuItems(title: string): (string | [string, string])[] {
    const menu = this.menus.find((m) => m.title === title);
    return menu
      ? menu.items.map((i) =>
          i === 'separator' ? '---' : 'label' in i ? [i.label, i.functionName] : `>${i.subMenu.title}`,
        )
      : [];
  }

  _nextAlert(set: EnumValue): EnumValue {
    const queued = this.alertAnswers.shift();
    if (queued) return queued;
    return set === ButtonSet.YES_NO || set === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
  }
  _nextPrompt(): { text: string; button: EnumValue } {
    return this.promptAnswers.shift() ?? { text: '', button: Button.OK };
  }
}

type Menu = GoogleAppsScript.Base.Menu;

export class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly _menu: RecordedMenu;
  constructor(
    private readonly recorder: UiRecorder,
    title: string,
  ) {
    this._menu = { title, items: [] };
  }
  addItem(caption: string, functionName: string): Menu {
    this._menu.items.push({ label: caption, functionName });
    return gas(this);
  }
  addSeparator(): Menu {
    this._menu.items.push('separator');
    return gas(this);
  }
  addSubMenu(menu: Menu): Menu {
    this._menu.items.push({ subMenu: (unwrap(menu) as unknown as FakeMenu)._menu });
    return gas(this);
  }
  /** A menu added again with the same title replaces the earlier one (a re-run of onOpen). */
  addToUi(): void {
    const i = this.recorder.menus.findIndex((m) => m.title === this._menu.title);
    if (i >= 0) this.recorder.menus.splice(i, 1, this._menu);
    else this.recorder.menus.push(this._menu);
  }
}

class FakePromptResponse
  implements Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
{
  constructor(
    private readonly text: string,
    private readonly button: EnumValue,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): GoogleAppsScript.Base.Button {
    return gas(this.button);
  }
}

type Ui = GoogleAppsScript.Base.Ui;

export class FakeUi
  implements
    Pick<
      Ui,
      'createMenu' | 'createAddonMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly counter: CallCounter,
    private readonly recorder: UiRecorder,
  ) {}

  createMenu(caption: string): Menu {
    return gas(wrap(this.counter, 'Menu', new FakeMenu(this.recorder, caption)));
  }
  createAddonMenu(): Menu {
    return this.createMenu('Add-on');
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(...args: any[]): GoogleAppsScript.Base.Button {
    let title: string | undefined;
    let prompt: string;
    let set: EnumValue = ButtonSet.OK;
    if (args.length >= 3) [title, prompt, set] = [args[0], args[1], unwrap(args[2])];
    else if (args.length === 2) [prompt, set] = [args[0], unwrap(args[1])];
    else prompt = String(args[0]);
    const answer = this.recorder._nextAlert(set);
    this.recorder.alerts.push({ title, prompt: String(prompt), buttons: String(set), answer: String(answer) });
    return gas(answer);
  }
  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(...args: any[]): GoogleAppsScript.Base.PromptResponse {
    let title: string | undefined;
    let prompt: string;
    let set: EnumValue = ButtonSet.OK;
    if (args.length >= 3) [title, prompt, set] = [args[0], args[1], unwrap(args[2])];
    else if (args.length === 2) [prompt, set] = [args[0], unwrap(args[1])];
    else prompt = String(args[0]);
    const answer = this.recorder._nextPrompt();
    this.recorder.prompts.push({
      title,
      prompt: String(prompt),
      buttons: String(set),
      answer: String(answer.button),
      text: answer.text,
    });
    return gas(wrap(this.counter, 'PromptResponse', new FakePromptResponse(answer.text, answer.button)));
  }
  private show(kind: RecordedDialog['kind'], output: unknown, title?: string): void {
    const raw = unwrap(output) as FakeHtmlOutput;
    this.recorder.dialogs.push({
      kind,
      title: title ?? raw._title,
      html: raw._content,
      width: raw._width,
      height: raw._height,
    });
  }
  showSidebar(userInterface: any): void {
    this.show('sidebar', userInterface);
  }
  showModalDialog(userInterface: any, title: string): void {
    this.show('modal', userInterface, title);
  }
  showModelessDialog(userInterface: any, title: string): void {
    this.show('modeless', userInterface, title);
  }
}
