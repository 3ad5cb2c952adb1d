/** A docker command exactly as the contract gives it, with a copy button; on a playground node, `node1 $ …`. */
import { ActionIcon, Badge, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import classes from './lessons.module.css';
import { useLessonsStrings } from './useLessonsStrings';

interface Props {
  command: string;
  /** The playground node the command runs on; absent: the learner's own engine. */
  node?: string;
  interactive?: boolean;
}

/** The prompt before the command: the node's name when there is one. Only the command is copied. */
function Prompt({ node }: { node?: string }) {
  const t = useLessonsStrings();
  if (!node)
    return (
      <span className={classes.prompt} aria-hidden>
        ${' '}
      </span>
    );
  return (
    <>
      <span className={classes.node} data-testid="command-node" title={t('onNode', { node })}>
        {node}
      </span>
      <span className={classes.prompt} aria-hidden>
        {' $ '}
      </span>
    </>
  );
}

export function CommandBlock({ command, node, interactive }: Props) {
  const t = useLessonsStrings();
  return (
    <Group className={classes.command} gap="xs" wrap="nowrap" align="flex-start">
      <Text component="code" className={classes.commandText} data-testid="command" data-node={node}>
        <Prompt node={node} />
        <span data-testid="command-text">{command}</span>
      </Text>
      {interactive && (
        <Badge size="xs" variant="outline" color="gray" mt={4} style={{ flex: 'none' }}>
          {t('interactive')}
        </Badge>
      )}
      <CopyButton value={command} timeout={1500}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('copied') : t('copy')} withArrow position="left">
            <ActionIcon
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('copy')}
              style={{ flex: 'none' }}
            >
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
