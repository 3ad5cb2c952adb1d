import { ActionIcon, Checkbox, Group, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import {
  IconCheck,
  IconCopy,
  IconDownload,
  IconPlayerPauseFilled,
  IconPlayerPlayFilled,
  IconSearch,
  IconTrash,
} from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface LogView {
  query: string;
  onlyMatching: boolean;
  timestamps: boolean;
}

interface Props {
  view: LogView;
  onView(change: Partial<LogView>): void;
  following: boolean;
  onFollow(follow: boolean): void;
  copied: boolean;
  onCopy(): void;
  onSave(): void;
  onClear(): void;
  shown: number;
  total: number;
}

function ToolButton({ label, onClick, children }: { label: string; onClick(): void; children: ReactNode }) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" aria-label={label} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

type ControlProps = Omit<Props, 'shown' | 'total'>;

/** The count changes with every batch of a flood; the controls only when the reader uses them. */
export function LogsToolbar({ shown, total, ...controls }: Props) {
  const { t } = useTranslation('logs');
  return (
    <Group gap="xs" wrap="wrap">
      <Controls {...controls} />
      <Text size="xs" c="dimmed" aria-live="polite">
        {t('lineCount', { shown, total })}
      </Text>
    </Group>
  );
}

const Controls = memo(function Controls({
  view,
  onView,
  following,
  onFollow,
  copied,
  onCopy,
  onSave,
  onClear,
}: ControlProps) {
  const { t } = useTranslation('logs');
  return (
    <>
      <TextInput
        size="xs"
        flex="1 1 12rem"
        leftSection={<IconSearch size={14} />}
        placeholder={t('search')}
        aria-label={t('search')}
        value={view.query}
        onChange={(event) => onView({ query: event.currentTarget.value })}
      />
      <Checkbox
        size="xs"
        label={t('onlyMatching')}
        checked={view.onlyMatching}
        onChange={(event) => onView({ onlyMatching: event.currentTarget.checked })}
      />
      <Switch
        size="xs"
        label={t('timestamps')}
        checked={view.timestamps}
        onChange={(event) => onView({ timestamps: event.currentTarget.checked })}
      />
      <ToolButton label={following ? t('pause') : t('follow')} onClick={() => onFollow(!following)}>
        {following ? <IconPlayerPauseFilled size={16} /> : <IconPlayerPlayFilled size={16} />}
      </ToolButton>
      <ToolButton label={copied ? t('copied') : t('copy')} onClick={onCopy}>
        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
      </ToolButton>
      <ToolButton label={t('save')} onClick={onSave}>
        <IconDownload size={16} />
      </ToolButton>
      <ToolButton label={t('clear')} onClick={onClear}>
        <IconTrash size={16} />
      </ToolButton>
    </>
  );
});
