import { readFileSync } from 'node:fs';
import { formatIssue, graphOf, parseState, safeParseState } from '@tinhgon/core';

// Read and check a state: the schema first, then the whole-document invariants. Throws on bad data.
const state = parseState(readFileSync('examples/data/nam-truc.json', 'utf8'));

const g = graphOf(state);
console.log(g.roots()); // [ 'hdnd', 'huyen-uy', 'mttq', 'ubnd' ]
console.log(g.children('huyen-uy').length); // 6
console.log(g.namePath('phong-noi-vu')); // Ủy ban nhân dân huyện Nam Trực / Phòng Nội vụ

// The safe entry point returns every problem as data instead of throwing.
const broken = safeParseState(readFileSync('examples/data/nam-truc-broken.json', 'utf8'));
if (!broken.ok) console.log(formatIssue(broken.issues[0], 'vi'));
// bodies[3].functions[1]: cơ quan "ban-dan-van" ghi chức năng "mass-mobilization" hai lần
