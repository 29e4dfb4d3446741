import type { ExplorerPage } from '../page.ts';
import { scaledDotProductPage } from './01-scaled-dot-product-attention.ts';
import { multiHeadPage } from './02-multi-head-attention.ts';
import { encoderBlockPage } from './03-transformer-encoder-block.ts';
import { decoderPage } from './04-decoder-and-generation.ts';
import { efficientAttentionPage } from './05-efficient-attention.ts';
import { gptPoemsPage } from './06-gpt-tang-poems.ts';

/**
 * The pages, one per stage, in the notebooks' order. A later stage adds its page here:
 * a file `pages/NN-name.ts` exporting an {@link ExplorerPage} whose `id` is its notebook's name.
 */
export const PAGES: readonly ExplorerPage[] = [
  scaledDotProductPage,
  multiHeadPage,
  encoderBlockPage,
  decoderPage,
  efficientAttentionPage,
  gptPoemsPage,
];
