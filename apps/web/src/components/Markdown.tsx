import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { cn } from './cn';

/**
 * Markdown from users (job descriptions) rendered as sanitized HTML: marked turns it into HTML,
 * DOMPurify keeps only harmless tags and attributes (no script, no event handlers, no
 * `javascript:` URLs). Headings shift by three (cards title with h3) so a "# Title" in the text never breaks
 * the page's heading order.
 */
const HEADING_SHIFT = 3;

const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  walkTokens: (token) => {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + HEADING_SHIFT);
  },
});

const purifier = DOMPurify();
purifier.addHook('afterSanitizeAttributes', (node) => {
  // Links lead away from AdFlux: a new tab that cannot reach back into the app.
  if (node.tagName === 'A' && node.getAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

export function renderMarkdown(source: string): string {
  const html = markdown.parse(source) as string;
  return purifier.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'button', 'img'], FORBID_ATTR: ['style'] });
}

const PROSE = cn(
  'text-sm text-slate-800 break-words [&_a]:text-indigo-700 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3',
  '[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h4]:mt-3 [&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-semibold',
  '[&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_pre]:overflow-x-auto [&_ul]:list-disc [&_ul]:pl-5 [&_table]:text-left',
);

export function Markdown({ source, className }: { source: string; className?: string }) {
  // The HTML is sanitized by DOMPurify in renderMarkdown.
  return <div className={cn(PROSE, className)} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
