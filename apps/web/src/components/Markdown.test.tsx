import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, renderMarkdown } from './Markdown';

describe('Markdown (job descriptions)', () => {
  it('renders the Markdown the job form promises: emphasis, lists, links', () => {
    const { container } = render(<Markdown source={'We use **TypeScript**.\n\n- Postgres\n- Redis\n\n[About us](https://example.com/about)'} />);
    expect(container.querySelector('strong')).toHaveTextContent('TypeScript');
    expect(container.querySelectorAll('ul > li')).toHaveLength(2);
    const link = container.querySelector('a')!;
    expect(link).toHaveAttribute('href', 'https://example.com/about');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('drops <script> and inline event handlers', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script><img src=x onerror="alert(2)"><b onclick="alert(3)">bold</b>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/alert\(1\)/);
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).toContain('<b>bold</b>');
  });

  it('neutralises javascript: links, in Markdown and in raw HTML', () => {
    const { container } = render(<Markdown source={'[click](javascript:alert(1)) and <a href="JaVaScRiPt:alert(2)">raw</a>'} />);
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    expect(container.innerHTML).not.toMatch(/javascript:/i);
  });

  it('shifts headings below the card title so the page heading order holds', () => {
    const { container } = render(<Markdown source={'# Role\n\n## Team'} />);
    expect(container.querySelector('h4')).toHaveTextContent('Role');
    expect(container.querySelector('h5')).toHaveTextContent('Team');
    expect(container.querySelector('h1, h2, h3')).toBeNull();
  });
});
