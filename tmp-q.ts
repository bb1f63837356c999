import { judgeIndicator } from './src/core/judging/indicator';
import { PLAN_CATALOG } from './src/core/plan/catalog';
import { SAMPLE_INDICATOR_ENTRIES } from './src/core/sample/entries';
const byId = new Map(PLAN_CATALOG.map((r) => [r.id, r]));
for (const e of SAMPLE_INDICATOR_ENTRIES) { const row = byId.get(e.rowKey.split('@')[0])!;
 const j = judgeIndicator({name:row.name,unitOfMeasure:row.unitOfMeasure,targets:row.targets,result:e.result??'',evidence:e.evidence,review:e.review,year:2026});
 console.log(`    [${JSON.stringify(e.rowKey)}, '${j.verdict}', ${j.timing ? `'${j.timing}'` : 'null'}, ${JSON.stringify(j.reason.length > 90 ? j.reason.slice(0, 90).replace(/\s\S*$/, '') : j.reason)}],`); }
