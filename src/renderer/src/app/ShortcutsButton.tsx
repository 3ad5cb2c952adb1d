/** Lists the keyboard shortcuts. */
import { ActionIcon, Group, Kbd, Modal, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconKeyboard } from '@tabler/icons-react';
import { type Shortcut, useShortcutLabel } from './shortcuts';
import { useAppStrings } from './useAppStrings';

export function ShortcutsButton() {
  const t = useAppStrings();
  const keys = useShortcutLabel();
  const [opened, { open, close }] = useDisclosure(false);
  const rows: Array<[Shortcut, string]> = [
    ['run', t('shortcutRun')],
    ['next', t('shortcutNext')],
    ['previous', t('shortcutPrevious')],
    ['logs', t('shortcutPanel', { panel: t('logs') })],
    ['networks', t('shortcutPanel', { panel: t('networks') })],
    ['console', t('shortcutPanel', { panel: t('console') })],
    ['explore', t('shortcutPanel', { panel: t('explore') })],
  ];
  // Keys of the terminals themselves (xterm.js), the same on every OS.
  const terminalRows: Array<[string, string]> = [
    ['Shift+Tab', t('shortcutLeaveTerminal')],
    ['Ctrl+C', t('shortcutEndProgram')],
  ];
  return (
    <>
      <Tooltip label={t('shortcuts')} withArrow>
        <ActionIcon variant="default" size="lg" onClick={open} aria-label={t('shortcuts')} data-testid="shortcuts">
          <IconKeyboard size={18} />
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={t('shortcuts')} closeButtonProps={{ 'aria-label': t('close') }}>
        <Stack>
          <Table>
            <Table.Tbody>
              {rows.map(([shortcut, label]) => (
                <Table.Tr key={shortcut}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Kbd>{keys(shortcut)}</Kbd>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
              {terminalRows.map(([key, label]) => (
                <Table.Tr key={key}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Kbd>{key}</Kbd>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed">
            {t('shortcutsHint')}
          </Text>
        </Stack>
      </Modal>
    </>
  );
}
