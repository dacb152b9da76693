import { createContext, useContext, type ParentProps } from 'solid-js';
import type { AppStore } from './store';

const AppContext = createContext<AppStore>();

/** Provides the one app store to the tree. */
export function AppProvider(props: ParentProps<{ store: AppStore }>) {
  return <AppContext.Provider value={props.store}>{props.children}</AppContext.Provider>;
}

/** The app store; throws outside `AppProvider` so a missing provider fails loudly. */
export function useAppState(): AppStore {
  const store = useContext(AppContext);
  if (!store) throw new Error('useAppState() called outside <AppProvider>');
  return store;
}
