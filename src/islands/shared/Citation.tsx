/** The exact words a fact rests on, and a link to its clause on the document page. */
import { href, paths } from '../../components/lib/url.ts';
import type { Citation as CitationData } from '../../checks/reasons.ts';
import { common } from '../../ui/check-strings.ts';

interface Props {
  citation: CitationData;
  /** What the citation supports, as shown beside it; used for the link's accessible name. */
  about?: string;
  /** Keep the quote one click away (on a question: plain words first, legal words on demand). */
  collapsed?: boolean;
}

export function Citation({ citation, about, collapsed = false }: Props) {
  // When the plain text shown is already the exact quote, repeating it adds nothing.
  const quote =
    about === citation.quote ? null : (
      <blockquote>
        <span class="check-citation__label">{common.quoteLabel}：</span>
        {citation.quote}
      </blockquote>
    );
  const link = (
    <a href={href(paths.clause(citation.document, citation.clause))} data-clause={citation.clause}>
      {common.sourceLink}
      {about ? <span class="sr-only">：{about}</span> : null}
    </a>
  );
  if (collapsed && quote) {
    return (
      <details class="check-citation">
        <summary>{common.quoteLabel}</summary>
        {quote}
        {link}
      </details>
    );
  }
  return (
    <div class="check-citation">
      {quote}
      {link}
    </div>
  );
}
