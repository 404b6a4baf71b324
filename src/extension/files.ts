// Files the commands create: whether one exists, and asking before replacing it.
import * as vscode from 'vscode';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Asks (modal) before a file is replaced; true to replace it. */
export async function confirmReplace(uri: vscode.Uri): Promise<boolean> {
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(
    `${vscode.workspace.asRelativePath(uri)} already exists. Replace it?`,
    { modal: true },
    replace,
  );
  return answer === replace;
}
