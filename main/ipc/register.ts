/**
 * The Electron edge of IPC: registers every contract channel on ipcMain, checks that the sender
 * is the app's own main frame, and hands the payload to the plain handlers.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type Reply } from '../../shared/ipc';
import { handleInvoke, type createHandlers } from './handlers';
import { isAppUrl } from '../security';

export function registerIpc(handlers: ReturnType<typeof createHandlers>): void {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  for (const channel of Object.values(INVOKE_CHANNELS)) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<Reply<unknown>> => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (event.senderFrame !== event.sender.mainFrame || !isAppUrl(frameUrl, devServerUrl)) {
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
