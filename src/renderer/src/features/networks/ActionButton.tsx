import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { NetworkAction, NetworkActionInput, NetworkActionKind } from './use-network-action';

interface Props {
  kind: NetworkActionKind;
  input: NetworkActionInput;
  action: NetworkAction;
  /** An icon with the label in its tooltip, for narrow table rows. */
  compact?: boolean;
}

/**
 * Connect or disconnect. Its tooltip says what it does; the docker command it equals comes back in
 * the operation's result (the renderer does not write docker commands itself).
 */
export function ActionButton({ kind, input, action, compact = false }: Props) {
  const { t } = useTranslation('networks');
  const label = t(`${kind}Label`, { container: input.container, network: input.network });
  const common = {
    variant: 'light',
    color: kind === 'connect' ? 'blue' : 'red',
    'aria-label': label,
    loading: action.pending === `${kind}:${input.container}`,
    onClick: () => void action.run(kind, input),
  } as const;
  return (
    <Tooltip label={label} withArrow>
      {compact ? (
        <ActionIcon size="sm" {...common}>
          <IconPlugConnectedX size={14} />
        </ActionIcon>
      ) : (
        <Button size="compact-xs" {...common}>
          {t(kind)}
        </Button>
      )}
    </Tooltip>
  );
}
