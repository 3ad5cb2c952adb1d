/** Lesson texts are Markdown; Typography gives them the theme's type styles. */
import { Typography } from '@mantine/core';
import { markdownOptions } from '@shared/markdown';
import { memo } from 'react';
import ReactMarkdown from 'react-markdown';
import classes from './app.module.css';

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
      <ReactMarkdown {...markdownOptions}>{children}</ReactMarkdown>
    </Typography>
  );
});
