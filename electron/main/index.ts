// Main process: lifecycle wiring only (docs/conventions.md). Logic lives in the imported modules.
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron'
import { applyUserDataOverride, tempRootOf } from './app-paths'
import { defaultRotation } from '@shared/backup/rotation'
import { backupFoldersOf } from './backup/backup-folders'
import { createExitBackup } from './backup/exit-backup'
import { electronBackupFilesPicker, electronFolderPicker } from './backup/folder-dialog'
import { createBackupHandlers } from './ipc/backup'
import { createAppInfoHandlers } from './ipc/app-info'
import { createDocumentsHandlers } from './ipc/documents'
import { createFilesHandlers } from './ipc/files'
import { createFontsHandlers } from './ipc/fonts'
import { registerIpc } from './ipc/register'
import { createSyncHandlers } from './ipc/sync'
import { APP_ENTRY_URL, devServerOrigin } from './origin'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { denyAllPermissions, installSecurityGuards } from './security'
import { electronDialogs } from './services/dialogs'
import { openPrintWindow } from './services/print-window'
import { cleanTempRoot, removeTempFile } from './services/temp-files'
import { createMainWindow, focusWindow } from './window'

// Before ready: profile location, privileged scheme, sandbox for every renderer, app-wide guards.
const userData = applyUserDataOverride(app, process.env.CASEDESK_USER_DATA, process.cwd())
const tempRoot = tempRootOf(userData)
registerAppScheme(protocol)
app.enableSandbox()
const rendererUrl = process.env.ELECTRON_RENDERER_URL
const devOrigin = devServerOrigin(rendererUrl, app.isPackaged)
installSecurityGuards(app, { devOrigin, shell })

let mainWindow: BrowserWindow | null = null
const getMainWindow = () => mainWindow
// On-exit backup handshake with the renderer (electron/main/backup/exit-backup.ts).
const exitBackup = createExitBackup({
  timeoutMs: 60_000,
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
})

function start(): void {
  denyAllPermissions(session.defaultSession)
  handleAppProtocol(protocol, join(__dirname, '../renderer'))
  const dialogs = electronDialogs(dialog, getMainWindow)
  const documentsDir = () => app.getPath('documents')
  registerIpc(
    ipcMain,
    {
      ...createAppInfoHandlers(app, process.platform),
      ...createDocumentsHandlers({
        dialogs,
        defaultDir: documentsDir,
        tempRoot,
        newId: randomUUID,
        openPath: (path) => shell.openPath(path),
        showPrintWindow: (pdfPath, title) =>
          openPrintWindow(
            {
              BrowserWindow,
              getParent: getMainWindow,
              onClosed: (file) => void removeTempFile(tempRoot, file).catch(() => undefined),
            },
            pdfPath,
            title,
          ),
      }),
      ...createFilesHandlers({ dialogs, defaultDir: documentsDir }),
      ...createBackupHandlers({
        folders: backupFoldersOf(userData, defaultRotation),
        chooseFolder: electronFolderPicker(dialog, getMainWindow),
        chooseFiles: electronBackupFilesPicker(dialog, getMainWindow),
        exitBackup,
      }),
      ...createFontsHandlers({ platform: process.platform, env: process.env }),
      ...createSyncHandlers({
        file: join(userData, 'sync-connection.json'),
        secrets: safeStorage,
        fetch: (input, init) => fetch(input, init),
        timeoutMs: 120_000,
      }),
    },
    devOrigin,
  )
  void cleanTempRoot(tempRoot, Date.now(), 24 * 60 * 60 * 1000)
  openMainWindow()
}

function openMainWindow(): void {
  mainWindow = createMainWindow(BrowserWindow, {
    preloadPath: join(__dirname, '../preload/index.js'),
    url: devOrigin !== null && rendererUrl ? rendererUrl : APP_ENTRY_URL,
    title: 'CaseDesk 服务型监管执法办案系统',
  })
  exitBackup.attach(mainWindow)
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => focusWindow(mainWindow))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow()
  })
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('CaseDesk 无法启动', `启动失败：${String(error)}`)
    app.quit()
  })
}
