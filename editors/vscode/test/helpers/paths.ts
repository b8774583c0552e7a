import * as path from 'node:path';

/** editors/vscode, wherever the compiled test runs from (out/test/... or test/...). */
export const extensionRoot = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../../..' : '../..');

/** The repository root, two folders above editors/vscode. */
export const repoRoot = path.resolve(extensionRoot, '../..');

export const grammarPath = path.join(extensionRoot, 'syntaxes', 'news.tmLanguage.json');
