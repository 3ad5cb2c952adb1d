/** Everything the contract's handlers work with, created once per app (desktop or browser mode). */

import { type Progress, progressSchema, type Settings, settingsSchema } from '@shared/contract';
import type { DiscoveryOptions } from '../engine';
import { loadLessons } from '../lessons/catalog';
import type { Lesson } from '../lessons/model/types';
import { removeUnstarted } from '../lessons/safety/conflicts';
import { ConsoleSessions } from '../services/consoles';
import { EngineSession } from '../services/engine-session';
import { ExploreService } from '../services/explore/explore-service';
import { JsonStore } from '../services/json-store';
import { StepResults } from '../services/step-results';
import { StepService } from '../services/step-service';

export interface AppServices {
  engine: EngineSession;
  lessons: Lesson[];
  progress: JsonStore<Progress>;
  settings: JsonStore<Settings>;
  steps: StepService;
  /** Each step's last result, kept across reloads and restarts. */
  results: StepResults;
  consoles: ConsoleSessions;
  /** The Explore terminal: typed docker lines and their Tab completion. */
  explore: ExploreService;
  dispose(): Promise<void>;
}

export interface ServiceOptions {
  /** Where the learner's progress is kept. */
  dataDir: string;
  discovery?: DiscoveryOptions;
  /**
   * 'later': return without looking for the engine (its status says connecting); the caller starts looking
   * with `engine.connect()` once it answers pages, so lessons show without waiting for the probe. Default: look first.
   */
  findEngine?: 'first' | 'later';
}

/**
 * A `docker run` that the engine's going away cut off between create and start leaves a container that
 * never started; once the engine is back (or at start), such leftovers of the app's go, between steps.
 */
function removeUnstartedOnConnect(engine: EngineSession, steps: StepService): void {
  engine.subscribe((status) => {
    if (status.state !== 'connected') return;
    const live = engine.require();
    void steps.exclusive(() => removeUnstarted(live)).catch(() => undefined);
  });
}

export async function createServices(options: ServiceOptions): Promise<AppServices> {
  const engine = new EngineSession(options.discovery);
  const consoles = new ConsoleSessions();
  const results = new StepResults(options.dataDir);
  const steps = new StepService(results);
  consoles.removeLeftoversOnConnect(engine);
  removeUnstartedOnConnect(engine, steps);
  if (options.findEngine !== 'later') await engine.connect();
  return {
    engine,
    lessons: loadLessons(),
    progress: new JsonStore(options.dataDir, 'progress.json', progressSchema, {}),
    settings: new JsonStore(options.dataDir, 'settings.json', settingsSchema, {}),
    steps,
    results,
    consoles,
    explore: new ExploreService(steps, consoles),
    async dispose() {
      engine.dispose();
      await consoles.closeAll();
    },
  };
}
