/** Print, share and clear: the same three actions on every check. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { common } from '../../ui/check-strings.ts';

interface Props {
  onClear: () => void;
  /** Extra buttons shown first (重新开始). */
  children?: ComponentChildren;
}

export function Toolbar({ onClear, children }: Props) {
  const [message, setMessage] = useState('');

  const share = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      setMessage(common.linkCopied);
    } catch {
      // Clipboard access needs a secure context and permission; the address bar always works.
      setMessage(common.linkCopyFailed);
    }
  };

  const clear = () => {
    onClear();
    setMessage(common.cleared);
  };

  return (
    <div class="check-toolbar">
      <div class="check-toolbar__buttons">
        {children}
        <button type="button" class="check-button check-button--secondary" onClick={() => print()}>
          {common.print}
        </button>
        <button type="button" class="check-button check-button--secondary" onClick={share}>
          {common.copyLink}
        </button>
        <button type="button" class="check-button check-button--warning" onClick={clear}>
          {common.clearAnswers}
        </button>
      </div>
      <p class="check-toolbar__message" role="status">
        {message}
      </p>
    </div>
  );
}
