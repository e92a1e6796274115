import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, createIpcBridge } from '../common/transport/ipc';

// Exactly the contract: one call(), one subscribe(). ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld(BRIDGE_KEY, createIpcBridge(ipcRenderer));
