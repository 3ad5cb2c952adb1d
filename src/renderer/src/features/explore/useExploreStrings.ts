import { registerStrings } from '../../app/i18n';
import { useStrings } from '../../app/useStrings';
import { strings } from './strings';

registerStrings('explore', strings);

export const useExploreStrings = () => useStrings('explore', strings.en);
