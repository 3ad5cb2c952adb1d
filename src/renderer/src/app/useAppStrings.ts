import { appStrings } from './strings';
import { useStrings } from './useStrings';

export const useAppStrings = () => useStrings('app', appStrings.en);
