/** The lesson's consoles: the one picked (the first by default), or a note when the lesson has none. */
import { useSessionStorage } from '@mantine/hooks';
import type { LessonView } from '@shared/contract';
import { registerStrings } from '../../app/i18n';
import { useText } from '../../app/useStrings';
import { ConsoleEmpty } from './ConsoleEmpty';
import { ConsolePicker } from './ConsolePicker';
import { ConsoleSession } from './ConsoleSession';
import { strings } from './strings';

registerStrings('console', strings);

function LessonConsoles({ lesson }: { lesson: LessonView }) {
  const text = useText();
  // This tab only, like the session it reattaches to after a reload.
  const [picked, setPicked] = useSessionStorage<string | undefined>({ key: `console-pick:${lesson.id}` });
  const chosen = lesson.consoles.find((c) => c.id === picked) ?? lesson.consoles[0];
  if (!chosen) return <ConsoleEmpty />;
  const options = lesson.consoles.map((c) => ({ value: c.id, label: text(c.label) }));
  return (
    <ConsoleSession
      target={{ lesson: lesson.id, console: chosen.id }}
      label={text(chosen.label)}
      picker={options.length > 1 && <ConsolePicker options={options} value={chosen.id} onChange={setPicked} />}
    />
  );
}

/** Mount it only while it is shown: mounting starts the console's container. */
export function ConsolePanel({ lesson }: { lesson: LessonView }) {
  return <LessonConsoles key={lesson.id} lesson={lesson} />;
}
