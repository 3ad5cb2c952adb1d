/** Everything the contract's handlers work with, created once per app (desktop or browser mode). */

import { type Progress, progressSchema, type Settings, settingsSchema } from '@shared/contract';
import type { Lesson } from '@shared/lesson';
import type { DiscoveryOptions } from '../engine';
import { loadLessons } from '../lessons/catalog';
import { ConsoleSessions } from '../services/consoles';
import { EngineSession } from '../services/engine-session';
import { JsonStore } from '../services/json-store';
import { StepService } from '../services/step-service';

export interface AppServices {
  engine: EngineSession;
  lessons: Lesson[];
  progress: JsonStore<Progress>;
  settings: JsonStore<Settings>;
  steps: StepService;
  consoles: ConsoleSessions;
  dispose(): Promise<void>;
}

export interface ServiceOptions {
  /** Where the learner's progress is kept. */
  dataDir: string;
  discovery?: DiscoveryOptions;
}

export async function createServices(options: ServiceOptions): Promise<AppServices> {
  const engine = new EngineSession(options.discovery);
  const consoles = new ConsoleSessions();
  consoles.removeLeftoversOnConnect(engine);
  await engine.connect();
  return {
    engine,
    lessons: loadLessons(),
    progress: new JsonStore(options.dataDir, 'progress.json', progressSchema, {}),
    settings: new JsonStore(options.dataDir, 'settings.json', settingsSchema, {}),
    steps: new StepService(),
    consoles,
    async dispose() {
      engine.dispose();
      await consoles.closeAll();
    },
  };
}
