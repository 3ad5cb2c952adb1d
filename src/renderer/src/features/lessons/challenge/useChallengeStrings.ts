import { registerStrings } from '../../../app/i18n';
import { useStrings } from '../../../app/useStrings';
import { challengeStrings } from './strings';

registerStrings('challenge', challengeStrings);

export const useChallengeStrings = () => useStrings('challenge', challengeStrings.en);
