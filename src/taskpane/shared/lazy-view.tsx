/**
 * Views in chunks of their own. Unlike React.lazy, once a chunk is there (loaded, e.g. started with
 * the checker that needs it) its view renders at once: no Suspense fallback for a frame and no
 * fallback throttle. Until then `ChunkView` shows its fallback and loads the chunk itself.
 */
import { type ComponentType, createElement, type ReactNode, useEffect, useState } from 'react';

export class ViewChunk<P extends object> {
  private loading: Promise<ComponentType<P>> | undefined;
  /** The view, once its chunk has arrived. */
  view: ComponentType<P> | undefined;

  constructor(private readonly importer: () => Promise<ComponentType<P>>) {}

  /** Loads the chunk (once). */
  load(): Promise<ComponentType<P>> {
    this.loading ??= this.importer().then((v) => {
      this.view = v;
      return v;
    });
    return this.loading;
  }
}

export function ChunkView<P extends object>({
  chunk,
  fallback = null,
  ...props
}: { chunk: ViewChunk<P>; fallback?: ReactNode } & P) {
  const [, arrived] = useState(0);
  useEffect(() => {
    if (chunk.view) return;
    let live = true;
    void chunk.load().then(() => live && arrived((n) => n + 1));
    return () => {
      live = false;
    };
  }, [chunk]);
  return chunk.view ? createElement(chunk.view, props as unknown as P) : fallback;
}
