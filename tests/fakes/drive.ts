/**
 * DriveApp over a small registry: the spreadsheet and every document DocumentApp.create() made start
 * in the root folder ("My Drive"); folders are added by the test (drive.addFolder) or by the code
 * (Folder.createFolder). File.moveTo(folder) "Moves this item to the provided destination folder"
 * (one parent afterwards). An unknown id throws the real "No item with the given ID could be found, or
 * you do not have permission to access it."
 */

import type { Env } from './context';
import { type CallCounter, gas, unwrap, wrap } from './counter';

export const NOT_FOUND = 'No item with the given ID could be found, or you do not have permission to access it.';
const SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/drive.readonly',
];

interface Item {
  id: string;
  name: string;
  mimeType: string;
  url: string;
  parents: string[];
  isFolder: boolean;
}

export class DriveControl {
  readonly items = new Map<string, Item>();
  readonly rootId = 'root-folder';

  constructor(private readonly env: Env) {
    this.items.set(this.rootId, {
      id: this.rootId,
      name: 'My Drive',
      mimeType: 'application/vnd.google-apps.folder',
      url: 'https://drive.google.com/drive/my-drive',
      parents: [],
      isFolder: true,
    });
  }

  addFile(id: string, name: string, mimeType: string, url: string, parentId = this.rootId): void {
    this.items.set(id, { id, name, mimeType, url, parents: [parentId], isFolder: false });
  }

  /** Adds a folder (under the root unless parentId is given) and returns its id. */
  addFolder(name: string, parentId = this.rootId): string {
    const id = this.env.nextId('folder');
    this.items.set(id, {
      id,
      name,
      mimeType: 'application/vnd.google-apps.folder',
      url: `https://drive.google.com/drive/folders/${id}`,
      parents: [parentId],
      isFolder: true,
    });
    return id;
  }

  /** Names of the folders holding an item, for assertions. */
  parentsOf(id: string): string[] {
    return (this.items.get(id)?.parents ?? []).map((p) => this.items.get(p)?.name ?? p);
  }

  _get(id: string, folder: boolean): Item {
    const item = this.items.get(id);
    if (!item || item.isFolder !== folder) throw new Error(NOT_FOUND);
    return item;
  }
}

class FakeIterator<T> {
  private i = 0;
  constructor(private readonly list: T[]) {}
  hasNext(): boolean {
    return this.i < this.list.length;
  }
  next(): T {
    // Real iterators throw when exhausted; the wording is ours.
    if (this.i >= this.list.length) throw new Error('No more items.');
    return this.list[this.i++];
  }
  getContinuationToken(): string {
    return String(this.i);
  }
}

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

function folderApi(env: Env, control: DriveControl, item: Item): Folder {
  return gas(wrap(env.counter, 'Folder', new FakeFolder(env, control, item)));
}
function fileApi(env: Env, control: DriveControl, item: Item): File {
  return gas(wrap(env.counter, 'File', new FakeFile(env, control, item)));
}
function iterator<T>(counter: CallCounter, name: string, list: T[]) {
  return wrap(counter, name, new FakeIterator(list));
}

export class FakeFile
  implements Pick<File, 'getId' | 'getName' | 'setName' | 'getUrl' | 'getMimeType' | 'getParents' | 'moveTo'>
{
  constructor(
    private readonly env: Env,
    private readonly control: DriveControl,
    readonly _item: Item,
  ) {}
  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name;
  }
  setName(name: string): File {
    this._item.name = name;
    return gas(this);
  }
  getUrl(): string {
    return this._item.url;
  }
  getMimeType(): string {
    return this._item.mimeType;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    return gas(
      iterator(
        this.env.counter,
        'FolderIterator',
        this._item.parents.map((p) => folderApi(this.env, this.control, this.control._get(p, true))),
      ),
    );
  }
  moveTo(destination: Folder): File {
    const dest = unwrap(destination) as unknown as FakeFolder;
    this._item.parents = [dest._item.id];
    return gas(this);
  }
}

export class FakeFolder
  implements
    Pick<
      Folder,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getParents'
      | 'getFiles'
      | 'getFolders'
      | 'createFolder'
      | 'getFilesByName'
      | 'getFoldersByName'
    >
{
  constructor(
    private readonly env: Env,
    private readonly control: DriveControl,
    readonly _item: Item,
  ) {}
  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name;
  }
  getUrl(): string {
    return this._item.url;
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    return gas(
      iterator(
        this.env.counter,
        'FolderIterator',
        this._item.parents.map((p) => folderApi(this.env, this.control, this.control._get(p, true))),
      ),
    );
  }
  private children(folder: boolean, name?: string): Item[] {
    return [...this.control.items.values()].filter(
      (i) => i.isFolder === folder && i.parents.includes(this._item.id) && (name === undefined || i.name === name),
    );
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return gas(
      iterator(
        this.env.counter,
        'FileIterator',
        this.children(false).map((i) => fileApi(this.env, this.control, i)),
      ),
    );
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return gas(
      iterator(
        this.env.counter,
        'FileIterator',
        this.children(false, name).map((i) => fileApi(this.env, this.control, i)),
      ),
    );
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return gas(
      iterator(
        this.env.counter,
        'FolderIterator',
        this.children(true).map((i) => folderApi(this.env, this.control, i)),
      ),
    );
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return gas(
      iterator(
        this.env.counter,
        'FolderIterator',
        this.children(true, name).map((i) => folderApi(this.env, this.control, i)),
      ),
    );
  }
  createFolder(name: string): Folder {
    const id = this.control.addFolder(name, this._item.id);
    return folderApi(this.env, this.control, this.control._get(id, true));
  }
}

export class FakeDriveApp
  implements
    Pick<GoogleAppsScript.Drive.DriveApp, 'getFileById' | 'getFolderById' | 'getRootFolder' | 'getFoldersByName'>
{
  constructor(
    private readonly env: Env,
    private readonly control: DriveControl,
  ) {}
  private scope(method: string): void {
    this.env.requireScope(`DriveApp.${method}`, SCOPES);
  }
  getFileById(id: string): File {
    this.scope('getFileById');
    return fileApi(this.env, this.control, this.control._get(id, false));
  }
  getFolderById(id: string): Folder {
    this.scope('getFolderById');
    return folderApi(this.env, this.control, this.control._get(id, true));
  }
  getRootFolder(): Folder {
    this.scope('getRootFolder');
    return folderApi(this.env, this.control, this.control._get(this.control.rootId, true));
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.scope('getFoldersByName');
    const list = [...this.control.items.values()]
      .filter((i) => i.isFolder && i.name === name)
      .map((i) => folderApi(this.env, this.control, i));
    return gas(iterator(this.env.counter, 'FolderIterator', list));
  }
}
