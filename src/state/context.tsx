import { createContext, useContext, type ParentProps, type Resource } from 'solid-js';
import type { LoadedData } from '../data/load';
import type { Derived } from './derived';
import type { MapPort } from './map-port';
import type { Nearby } from './nearby';
import type { AppStore } from './store';

export interface AppContextValue extends AppStore {
  data: Resource<LoadedData>;
  derived: Derived;
  nearby: Nearby;
  /** How the app asks the map view for a snapshot (the only way to reach the map). */
  mapPort: MapPort;
}

const AppContext = createContext<AppContextValue>();

/** Provides the one app store, the loaded data and what is derived from both. */
export function AppProvider(props: ParentProps<{ value: AppContextValue }>) {
  return <AppContext.Provider value={props.value}>{props.children}</AppContext.Provider>;
}

/** The app context; throws outside `AppProvider` so a missing provider fails loudly. */
export function useAppState(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppState() called outside <AppProvider>');
  return value;
}
