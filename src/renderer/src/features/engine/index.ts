import { registerStrings } from '../../app/i18n';
import { engineStrings } from './strings';

registerStrings('engine', engineStrings);

export { EngineDown } from './EngineDown';
export { EngineProvider, useEngine } from './EngineProvider';
export { EngineStatusBadge } from './EngineStatusBadge';
export { EngineWaiting, StreamNotice } from './StreamNotice';
