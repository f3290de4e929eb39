/**
 * The Electron edge of IPC: registers every contract channel on ipcMain, checks that the sender
 * is the app's own main frame, and hands the payload to the plain handlers.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type Reply } from '../../shared/ipc';
import { handleInvoke, type createHandlers } from '../ipc/handlers';
import { appPage, isAppUrl, type AppPage } from '../security';

/** @param page the app's own page (nocturne://app/index.html, or the dev server), as window.ts loads it. */
export function registerIpc(
  handlers: ReturnType<typeof createHandlers>,
  page: AppPage = appPage(process.env.ELECTRON_RENDERER_URL),
): void {
  for (const channel of Object.values(INVOKE_CHANNELS)) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<Reply<unknown>> => {
      // Only the top frame of the app's own page may ask: not a subframe (even one of ours), not a
      // page the window was somehow navigated to, not a frame that is already gone (null).
      const frame = event.senderFrame;
      const frameUrl = frame?.url ?? '';
      if (!frame || frame !== event.sender.mainFrame || !isAppUrl(frameUrl, page)) {
        return {
          ok: false,
          error: { code: 'forbidden-sender', message: `requests from ${frameUrl || 'an unknown frame'} are refused` },
        };
      }
      return handleInvoke(handlers, channel, payload, {
        // The asking window prints its print view (shown only in print media) to PDF.
        printToPdf: async (paper) =>
          new Uint8Array(
            await event.sender.printToPDF({
              pageSize: paper === 'a4' ? 'A4' : 'Letter',
              printBackground: true,
            }),
          ),
      });
    });
  }
}
