import { createSignal } from 'solid-js';
import { t } from '../../i18n';
import { useAppState } from '../../state/context';

/**
 * "Use my location": asks the device for a fresh fix (`maximumAge: 0`, so a second tap after
 * walking somewhere does not reuse the old position) and hands it to `onPoint` as `[lng, lat]`.
 * A denied, failed or unsupported request becomes a plain-word `message`.
 */
export function useLocate(onPoint: (point: [number, number]) => void) {
  const { state } = useAppState();
  const [message, setMessage] = createSignal<string | null>(null);
  const [locating, setLocating] = createSignal(false);
  const locate = () => {
    setMessage(null);
    if (!('geolocation' in navigator)) return setMessage(t(state.lang, 'geoUnsupported'));
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        onPoint([pos.coords.longitude, pos.coords.latitude]);
      },
      (error) => {
        setLocating(false);
        setMessage(t(state.lang, error.code === error.PERMISSION_DENIED ? 'geoDenied' : 'geoUnavailable'));
      },
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 0 },
    );
  };
  return { locate, locating, message, setMessage };
}
