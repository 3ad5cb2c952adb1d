/** A docker command exactly as the contract gives it, with a copy button. */
import { ActionIcon, Badge, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import classes from './lessons.module.css';
import { useLessonsStrings } from './useLessonsStrings';

export function CommandBlock({ command, interactive }: { command: string; interactive?: boolean }) {
  const t = useLessonsStrings();
  return (
    <Group className={classes.command} gap="xs" wrap="nowrap" align="flex-start">
      <Text component="code" className={classes.commandText} data-testid="command">
        <span className={classes.prompt} aria-hidden>
          ${' '}
        </span>
        {command}
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
