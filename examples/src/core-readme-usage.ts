import { readFileSync } from 'node:fs';
import { absorb, graphOf, parseState, rename } from '@tinhgon/core';

const state = parseState(readFileSync('examples/data/nam-truc.json', 'utf8'));

// Merge the mass mobilisation commission into the propaganda commission (sáp nhập), then rename it.
const merged = absorb(state, { effective: '2025-03-01', target: 'ban-tuyen-giao', sources: ['ban-dan-van'] });
const { state: after } = rename(merged.state, {
  effective: '2025-03-01',
  body: 'ban-tuyen-giao',
  name: 'Ban Tuyên giáo và Dân vận Huyện ủy',
});

const body = graphOf(after).body('ban-tuyen-giao');
console.log(body.name, body.quota, body.actual); // Ban Tuyên giáo và Dân vận Huyện ủy 11 10
console.log(merged.changes.ended.map((ended) => `${ended.id}: ${ended.reason}`)); // [ 'ban-dan-van: absorbed' ]
console.log(state.bodies.has('ban-dan-van'), after.bodies.has('ban-dan-van')); // true false
