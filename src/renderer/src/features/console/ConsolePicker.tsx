/** Which of the lesson's consoles to show: a segmented control for a few, a select for more. */
import { SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  options: Array<{ value: string; label: string }>;
  value: string;
  onChange(value: string): void;
}

export function ConsolePicker({ options, value, onChange }: Props) {
  const { t } = useTranslation('console');
  if (options.length <= 3)
    return (
      <SegmentedControl
        size="xs"
        data={options}
        value={value}
        onChange={onChange}
        aria-label={t('choose')}
        data-testid="console-picker"
      />
    );
  return (
    <Select
      size="xs"
      data={options}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      label={t('choose')}
      data-testid="console-picker"
    />
  );
}
