/** Shown only on paper: what this is, when it was filled in, and where the rules come from. */
import { common } from '../../ui/check-strings.ts';

interface Props {
  title: string;
  documentTitle: string;
  documentHref: string;
  today: string;
}

export function PrintHeader({ title, documentTitle, documentHref, today }: Props) {
  // Paper has no links: print the full address (the site path on the server, where there is no location).
  const address = typeof location === 'undefined' ? documentHref : new URL(documentHref, location.href).href;
  return (
    <div class="check-print-header">
      <p class="check-print-header__title">{title}</p>
      <p>{common.printedOn(today)}</p>
      <p>
        {common.source(documentTitle)} <span class="check-print-header__url">{address}</span>
      </p>
    </div>
  );
}
