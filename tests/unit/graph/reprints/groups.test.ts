import { describe, expect, it } from 'vitest';
import { assignReports, compareCopies, regroup, sketchText, type NewCopy, type StoredCopy } from '../../../../graph/reprints/index.ts';

const body = '清河县在城区12个社区全面推行社区“大党委”制，吸纳驻区机关、学校、医院、非公企业党组织46个担任兼职委员单位，每月召开一次联席会议，目前已认领民生项目138个，解决群众急难愁盼问题1.4万余件。';
const other = '清河县实施年轻干部“墩苗计划”，选派45名年轻干部到信访、征迁、乡村振兴一线墩苗历练，每人明确1名导师、1项攻坚任务，两年来已有12名表现突出的年轻干部得到提拔重用。';

function copy(itemId: string, date: string | null, text = body, practices = ['社区大党委']): NewCopy {
  return { itemId, documentId: itemId.split(':')[0]!, date, practices, sketch: sketchText(text), placeKey: '990101' };
}

const stored = (value: NewCopy, reportId: string): StoredCopy => ({ ...value, reportId });

describe('report grouping', () => {
  it('orders copies by date, undated last, then by id', () => {
    const copies = [{ itemId: 'b:1', date: null }, { itemId: 'c:1', date: '2020-07-01' }, { itemId: 'a:1', date: null }, { itemId: 'd:1', date: '2020-06-01' }];
    expect([...copies].sort(compareCopies).map((entry) => entry.itemId)).toEqual(['d:1', 'c:1', 'a:1', 'b:1']);
  });

  it('lets an earlier copy written later lead the report, moving every copy to it', () => {
    const byKey = new Map([['990101', [stored(copy('paper:1', '2020-07-05'), 'paper:1'), stored(copy('site:1', '2020-07-12'), 'paper:1')]]]);
    expect(assignReports(byKey, [copy('county:1', '2020-06-28')])).toEqual(new Map([
      ['county:1', 'county:1'], ['paper:1', 'county:1'], ['site:1', 'county:1'],
    ]));
  });

  it('joins a later copy to the stored report and changes nothing else', () => {
    const byKey = new Map([['990101', [stored(copy('county:1', '2020-06-28'), 'county:1'), stored(copy('county:2', '2020-06-28', other, ['墩苗计划']), 'county:2')]]]);
    expect(assignReports(byKey, [copy('site:1', '2020-07-12')])).toEqual(new Map([['site:1', 'county:1']]));
  });

  it('never joins two items of one bulletin, nor items of another place', () => {
    const byKey = new Map([['990101', [stored(copy('county:1', '2020-06-28'), 'county:1')]]]);
    expect(assignReports(byKey, [copy('county:2', '2020-06-28'), { ...copy('elsewhere:1', '2020-05-01'), placeKey: '990102' }])).toEqual(new Map([
      ['county:2', 'county:2'], ['elsewhere:1', 'elsewhere:1'],
    ]));
  });

  it('merges two reports a new copy links, led by the earliest of all', () => {
    // A short copy links both: each half of the body is held by one stored item, the copy by both.
    const first = body.slice(0, 70);
    const byKey = new Map([['990101', [stored(copy('a:1', '2020-06-01', first), 'a:1'), stored(copy('b:1', '2020-05-01', body.slice(0, 75)), 'b:1')]]]);
    const changes = assignReports(byKey, [copy('c:1', '2020-07-01', body.slice(0, 72))]);
    expect(new Set(changes.values())).toEqual(new Set(['b:1']));
  });

  it('promotes the next copy when the first is gone, and splits copies no longer linked', () => {
    expect(regroup([stored(copy('site:1', '2020-07-12'), 'county:1'), stored(copy('paper:1', '2020-07-05'), 'county:1')])).toEqual(new Map([
      ['site:1', 'paper:1'], ['paper:1', 'paper:1'],
    ]));
    expect(regroup([stored(copy('x:1', '2020-07-12'), 'county:1'), stored(copy('y:1', '2020-07-05', other), 'county:1')])).toEqual(new Map([
      ['x:1', 'x:1'], ['y:1', 'y:1'],
    ]));
  });
});
