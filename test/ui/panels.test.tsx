// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@solidjs/testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { DetailPanel } from '../../src/ui/detail-panel';
import { FilterPanel } from '../../src/ui/filter-panel';
import { Header } from '../../src/ui/header';
import { Notices } from '../../src/ui/notices';
import { ProjectList } from '../../src/ui/project-list';
import { useAppState } from '../../src/state/context';
import { renderInApp } from './render-app';

afterEach(cleanup);

/** The list as the side panel shows it: the sorted, filtered sited projects. */
function List() {
  const { derived } = useAppState();
  return <ProjectList records={derived.sorted()} testid="project-list" />;
}

describe('project list', () => {
  it('lists the sited projects; a click opens the project (selected and framed)', async () => {
    const { state } = renderInApp(() => <List />);
    const list = await screen.findByRole('list');
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.querySelector('.project-name')?.textContent)).toEqual(['安波路小学', '凤城三村']);
    fireEvent.click(screen.getByRole('button', { name: /凤城三村/ }));
    expect(state.selected).toBe('fengcheng');
    expect(state.flyTo).toMatchObject({ project: 'fengcheng' });
    expect(screen.getByRole('button', { name: /凤城三村/ }).getAttribute('aria-current')).toBe('true');
  });

  it('shows a way out when nothing matches', async () => {
    const { actions, state } = renderInApp(() => <List />);
    await screen.findByRole('button', { name: /凤城三村/ });
    actions.setQuery('nothing like this');
    fireEvent.click(await screen.findByRole('button', { name: '清除筛选' }));
    expect(state.filters.query).toBe('');
    expect(await screen.findByRole('button', { name: /凤城三村/ })).toBeTruthy();
  });
});

describe('filter panel', () => {
  it('a bureau checkbox filters, and the count follows', async () => {
    const { state } = renderInApp(() => <FilterPanel />);
    const count = () => screen.getByRole('status').querySelector('[data-testid="result-count"]')!.textContent;
    await screen.findByRole('checkbox', { name: /区教育局/ });
    expect(count()).toBe('3');
    fireEvent.click(screen.getByRole('checkbox', { name: /区教育局/ }));
    expect(state.filters.bureaus).toEqual(['education']);
    expect(count()).toBe('1');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '凤城' } });
    expect(state.filters.query).toBe('凤城');
    expect(count()).toBe('0');
  });
});

describe('detail panel', () => {
  it("shows the selected project's names in both languages and closes", async () => {
    const { actions, state } = renderInApp(() => <DetailPanel />);
    expect(screen.queryByRole('region')).toBeNull();
    actions.openProject('school');
    const panel = await screen.findByRole('region', { name: '项目详情' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('安波路小学');
    expect(panel.textContent).toContain('Anbo Road Primary School');
    fireEvent.click(within(panel).getByRole('button', { name: '关闭' }));
    expect(state.selected).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
  });
});

describe('header and notices', () => {
  it('the language button switches the whole interface', async () => {
    const { state } = renderInApp(() => <Header filtersOpen={false} onToggleFilters={() => {}} onTours={() => {}} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('杨浦城市更新地图');
    fireEvent.click(screen.getByRole('button', { name: '语言' }));
    expect(state.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Yangpu Renewal Map');
  });

  it('picking an online basemap in the header is the user choosing it', () => {
    const { state } = renderInApp(() => <Header filtersOpen={false} onToggleFilters={() => {}} onTours={() => {}} />);
    const select = screen.getByRole('combobox', { name: '底图' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: 'osm' } });
    expect(state.basemap).toBe('osm');
  });

  it("a link's online basemap is offered, and one tap takes it", async () => {
    const { state } = renderInApp(() => <Notices />, '?basemap=osm');
    expect(state.basemap).toBe('embedded');
    const offer = screen.getByRole('status');
    expect(offer.textContent).toContain('第三方');
    fireEvent.click(within(offer).getByRole('button', { name: /OpenStreetMap/ }));
    expect(state.basemap).toBe('osm');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('the offer is not shown when the user chose that basemap before', () => {
    const { state } = renderInApp(() => <Notices />, '?basemap=osm', ['osm']);
    expect(state.basemap).toBe('osm');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
