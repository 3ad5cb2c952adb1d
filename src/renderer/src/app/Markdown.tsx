/** Lesson texts are Markdown; Typography gives them the theme's type styles. */
import { Typography } from '@mantine/core';
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

export function Markdown({ children, size }: { children: string; size?: 'sm' }) {
  return (
    <Typography fz={size} className={classes.markdown}>
      <ReactMarkdown components={components} skipHtml>
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
