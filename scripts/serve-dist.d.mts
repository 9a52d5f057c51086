import type { Server } from 'node:http';

/** Serves a directory (dist/ by default) over HTTP on 127.0.0.1. */
export function serveDist(options?: { port?: number; dir?: string; host?: string }): Promise<Server>;
