/** Lesson texts are Markdown; Typography gives them the theme's type styles. */
import { Typography } from '@mantine/core';
import { memo } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import classes from './app.module.css';

const components: Components = {
  // Links leave the app: open them outside it rather than inside the lesson window.
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
    </a>
  ),
};

interface Props {
  children: string;
  size?: 'sm' | 'lg';
  className?: string;
  'data-testid'?: string;
}

/** Parsing is the costly part: a text is parsed again only when it changes, not whenever its parent renders. */
export const Markdown = memo(function Markdown({ children, size, className, ...rest }: Props) {
  return (
    <Typography fz={size} className={className ? `${classes.markdown} ${className}` : classes.markdown} {...rest}>
      <ReactMarkdown components={components} skipHtml>
        {children}
      </ReactMarkdown>
    </Typography>
  );
});
