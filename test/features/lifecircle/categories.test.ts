import { describe, expect, it } from 'vitest';
import { categoryOfOsm, lifeCategoryOfProject } from '../../../src/features/lifecircle/categories';

// Issue 14: which OSM classes and which report projects count for which life-circle category.
describe('categoryOfOsm', () => {
  it('maps the life-circle classes and nothing else', () => {
    expect(categoryOfOsm('kindergarten', '松花幼儿园')).toBe('education');
    expect(categoryOfOsm('school', null)).toBe('education');
    expect(categoryOfOsm('clinic', '殷行社区卫生服务中心')).toBe('health');
    expect(categoryOfOsm('library', '杨浦区图书馆')).toBe('culture');
    expect(categoryOfOsm('community_centre', '睦邻中心')).toBe('culture');
    expect(categoryOfOsm('swimming_pool', '')).toBe('sport');
    expect(categoryOfOsm('park', '黄兴公园')).toBe('green');
    expect(categoryOfOsm('market_place', '控江菜场')).toBe('shopping');
    expect(categoryOfOsm('university', '复旦大学')).toBeUndefined();
    expect(categoryOfOsm('restaurant', '老年饭店')).toBeUndefined(); // 老年 alone does not make elderly care
  });

  it('finds elderly care by name whatever the class, but never turns a park into one', () => {
    expect(categoryOfOsm('hospital', '华康护理院')).toBe('elderly');
    expect(categoryOfOsm('community_centre', '长白社区综合为老服务中心')).toBe('elderly');
    expect(categoryOfOsm('nursing_home', null)).toBe('elderly');
    expect(categoryOfOsm('park', '老年活动中心旁绿色开放空间')).toBe('green');
    expect(categoryOfOsm('park', '长者健身公园')).toBe('green');
    expect(categoryOfOsm('playground', '儿童、老年人活动场地')).toBeUndefined();
  });
});

describe('lifeCategoryOfProject', () => {
  it('maps project categories explicitly, refining the mixed ones by name', () => {
    expect(lifeCategoryOfProject('education', '松一幼儿园')).toBe('education');
    expect(lifeCategoryOfProject('health', '大桥社区卫生中心迁建工程')).toBe('health');
    expect(lifeCategoryOfProject('elderly-care', '汇晨长白老年福利院“老养残”照护单元')).toBe('elderly');
    expect(lifeCategoryOfProject('culture', '区图书馆滨江馆')).toBe('culture');
    expect(lifeCategoryOfProject('culture', '五角场国家级夜间文旅消费集聚区')).toBeUndefined();
    expect(lifeCategoryOfProject('public-space', '新江湾城国际社区水上运动中心')).toBe('sport');
    expect(lifeCategoryOfProject('public-space', '“环同济”党群服务中心')).toBe('culture');
    expect(lifeCategoryOfProject('public-space', '油酷艺术公园')).toBe('green');
    expect(lifeCategoryOfProject('public-space', '杨浦区婚姻(收养)登记中心改建')).toBeUndefined();
    expect(lifeCategoryOfProject('commerce', '大润发长阳店升级改造')).toBe('shopping');
    expect(lifeCategoryOfProject('commerce', '上海三明大厦更新改造')).toBeUndefined();
    expect(lifeCategoryOfProject('housing', '凤城三村130号甲乙丙丁成套改造')).toBeUndefined();
  });
});
