import { useState } from 'react';
import { Button, type ButtonProps } from './Button';
import { useToast } from './Toast';

/** Copies `value` to the clipboard and says so (visibly and to screen readers). */
export function CopyButton({ value, label = 'Copy', ...rest }: { value: string; label?: string } & Omit<ButtonProps, 'onClick' | 'value'>) {
  const [copied, setCopied] = useState(false);
  const { notify } = useToast();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      notify('Copied to the clipboard.');
      setTimeout(() => setCopied(false), 2000);
    } catch {
      notify('Copying is not allowed here: select the text and copy it yourself.', 'error');
    }
  };
  return (
    <Button variant="secondary" onClick={copy} {...rest}>
      {copied ? 'Copied' : label}
    </Button>
  );
}
