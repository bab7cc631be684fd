/** What every self-check island is told by its page. */
export interface CheckProps {
  /** Key for this check's saved answers (`eligibility:<document>`). */
  checkId: string;
  /** The page title, repeated on the printed checklist. */
  title: string;
  documentTitle: string;
  documentHref: string;
}
