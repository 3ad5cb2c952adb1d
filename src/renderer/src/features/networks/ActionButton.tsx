import { Button, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NetworkAction, NetworkActionInput, NetworkActionKind } from './use-network-action';

interface Props {
  kind: NetworkActionKind;
  /** Unset (no container chosen yet) disables the button. */
  input?: NetworkActionInput;
  action: NetworkAction;
}

/**
 * Connect or disconnect. Its tooltip says what it does; the docker command it equals comes back in
 * the operation's result (the renderer does not write docker commands itself).
 */
export function ActionButton({ kind, input, action }: Props) {
  const { t } = useTranslation('networks');
  const label = input ? t(`${kind}Label`, { container: input.container, network: input.network }) : t(kind);
  return (
    <Tooltip label={label} withArrow disabled={!input}>
      <Button
        size="compact-xs"
        variant="light"
        color={kind === 'connect' ? 'blue' : 'red'}
        aria-label={label}
        disabled={!input}
        loading={input !== undefined && action.pending === `${kind}:${input.container}`}
        onClick={() => input && void action.run(kind, input)}
      >
        {t(kind)}
      </Button>
    </Tooltip>
  );
}
