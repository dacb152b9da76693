import { BUILD_DATE } from '../config';
import { t } from '../i18n';
import { CATEGORY_COLOURS } from '../map/project-theme';
import { LABELS } from '../i18n';
import { download } from '../features/export/download';
import { useAppState } from '../state/context';

/** Export of the current selection: GeoJSON, CSV (UTF-8 with BOM) and a PNG of the map. Loaded on demand. */
export function ExportMenu() {
  const { state, actions, data, derived, mapPort } = useAppState();
  const today = () => new Date();
  // The exports carry each record's quotes and figures: they wait for the catalog's details.
  const detailsPending = () => data()?.details === 'loading';
  const fail = (error: unknown) => actions.notify('export', 'error', String((error as Error).message ?? error));

  const exportGeojson = async () => {
    const loaded = data();
    if (!loaded) return;
    const { toGeoJSON, exportFileName, evidenceOf } = await import('../features/export/export');
    // The layers carry only what the map draws with: the export adds each record's names and
    // facets, and its evidence (first quote, its section, precision's name, basis).
    const text = toGeoJSON(loaded.layers, derived.filteredIds(), (id) => {
      const record = derived.byId().get(id);
      if (!record) return undefined;
      const { quote, section, precision, basis } = evidenceOf(record, state.lang, loaded.catalog);
      const { name, bureaus, years } = record;
      return { name_zh: name.zh, name_en: name.en, bureaus, years, quote, section, precision_name: precision, basis };
    });
    download(exportFileName('geojson', today()), new Blob([text], { type: 'application/geo+json' }));
  };
  const exportCsv = async () => {
    const { toCSV, exportFileName } = await import('../features/export/export');
    const text = toCSV(derived.filtered(), state.lang, data()?.catalog);
    download(exportFileName('csv', today()), new Blob([text], { type: 'text/csv;charset=utf-8' }));
  };
  const exportPng = async () => {
    const [{ renderSnapshot }, { exportFileName }, { filterSentence, dataLine }] = await Promise.all([
      import('../features/export/snapshot'),
      import('../features/export/export'),
      import('../features/export/caption'),
    ]);
    const categories = [
      ...new Set(
        derived
          .filtered()
          .filter((r) => r.scope === 'site')
          .map((r) => r.category),
      ),
    ];
    // Inside the frame: renderSnapshot copies the canvas before its first await.
    const pending = await mapPort.snapshot((snapshot) =>
      renderSnapshot({
        mapCanvas: snapshot.canvas,
        title: t(state.lang, 'appTitle'),
        lines: [
          filterSentence(state.filters, state.lang, derived.filtered().length, derived.bureauName),
          dataLine(
            state.lang,
            (data()?.catalog.reports ?? []).map((r) => r.title[state.lang]),
            BUILD_DATE,
          ),
          `${t(state.lang, 'exportLink')}: ${window.location.href}`,
        ],
        legend: categories.map((c) => ({ label: LABELS.category[c][state.lang], colour: CATEGORY_COLOURS[c] })),
        // The basemap drawn names its source (an online one); the embedded one is ours.
        attribution: snapshot.attribution || t(state.lang, 'attributionEmbedded'),
      }),
    );
    if (!pending) return;
    download(exportFileName('png', today()), await pending);
  };
  return (
    <div class="export-menu" role="group" aria-label={t(state.lang, 'export')}>
      <button
        type="button"
        class="button button-small"
        onClick={() => exportGeojson().catch(fail)}
        data-testid="export-geojson"
        disabled={detailsPending()}
        title={detailsPending() ? t(state.lang, 'detailsLoading') : undefined}
      >
        GeoJSON
      </button>
      <button
        type="button"
        class="button button-small"
        onClick={() => exportCsv().catch(fail)}
        data-testid="export-csv"
        disabled={detailsPending()}
        title={detailsPending() ? t(state.lang, 'detailsLoading') : undefined}
      >
        CSV
      </button>
      <button
        type="button"
        class="button button-small"
        onClick={() => exportPng().catch(fail)}
        data-testid="export-png"
        aria-label={t(state.lang, 'exportPng')}
      >
        PNG
      </button>
    </div>
  );
}
