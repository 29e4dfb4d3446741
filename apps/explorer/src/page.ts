/** What every page gets from the shell. */
export interface PageContext {
  /**
   * Call after every render that follows a change the reader made. The first call fixes
   * the page's tensor baseline (its parameters); each call refreshes the debug footer.
   */
  rendered(): void;
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
