import { z } from 'zod';
import { isoDate, period } from './common.ts';

/**
 * `policy-sources/<slug>.meta.yaml`: facts the text itself lacks. Every field
 * is optional; a field given here wins over what the extractor reads from the text.
 */
export const sidecarSchema = z
  .object({
    /** Title to show when the text's own title is missing or abbreviated. */
    title: z.string().min(1),
    /** Issuing bodies. */
    issuer: z.array(z.string().min(1)),
    /** 发文字号. */
    docNumber: z.string().min(1),
    /** Region the document governs: decides which department registry its bodies join. */
    region: z.string().min(1),
    issued: isoDate,
    published: isoDate,
    /** Where the text was collected from (a URL). */
    source: z.string().min(1),
    /** Plan period, when the text does not state it. */
    period: period,
  })
  .partial()
  .strict();

export type Sidecar = z.output<typeof sidecarSchema>;
