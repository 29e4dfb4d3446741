/** What every page gets from the shell. */
export interface PageContext {
  /**
   * Runs one (asynchronous) render that follows a change the reader made. While any is
   * running the footer's `data-pending` is above 0; when none is, the first time fixes the
   * page's tensor baseline (its parameters), and every time refreshes the tensor count.
   */
  track(render: Promise<void>): Promise<void>;
  /**
   * Declares tensors the page keeps on purpose between interactions on top of its baseline
   * (such as a KV cache while generating); 0 when it holds none. The footer then expects
   * baseline + held tensors, and shows both.
   */
  hold(count: number, what: string): void;
}

/** A page that is on screen; `dispose` frees every tensor the page holds. */
export interface MountedPage {
  dispose(): void;
}

/** One page per stage, in the notebooks' order. */
export interface ExplorerPage {
  /** URL fragment and notebook name, e.g. `01-scaled-dot-product-attention`. */
  id: string;
  stage: number;
  title: string;
  /** One line for the index. */
  summary: string;
  mount(root: HTMLElement, context: PageContext): MountedPage | Promise<MountedPage>;
}
