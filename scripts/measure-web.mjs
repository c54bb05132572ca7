#!/usr/bin/env node
// Two numbers for docs/web.md, against a running web app (`npm start`, demo data):
//  1. first-load JavaScript of a page: every script the HTML loads (src and modulepreload), raw and gzipped;
//  2. server response time of the page: median (and p90) of N sequential requests, each read to the end.
//   node scripts/measure-web.mjs [base URL] [path] [N]
import { gzipSync } from 'node:zlib';

const base = process.argv[2] || 'http://localhost:3000';
const path = process.argv[3] || '/?q=peer+support&near=M14';
const n = Number(process.argv[4] || 20);

const html = await (await fetch(new URL(path, base))).text();
const srcs = new Set();
for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)) srcs.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) srcs.add(m[1]);
for (const m of html.matchAll(/<link[^>]+href="([^"]+\.js[^"]*)"[^>]+rel="(?:modulepreload|preload)"/g)) srcs.add(m[1]);
let raw = 0;
let gz = 0;
for (const src of srcs) {
  const body = Buffer.from(await (await fetch(new URL(src.replace(/&amp;/g, '&'), base))).arrayBuffer());
  raw += body.length;
  gz += gzipSync(body, { level: 9 }).length;
}
const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((s, m) => s + Buffer.byteLength(m[1]), 0);

const times = [];
await fetch(new URL(path, base)).then((r) => r.text()); // warm up
for (let i = 0; i < n; i++) {
  const t = process.hrtime.bigint();
  await (await fetch(new URL(path, base), { headers: { 'cache-control': 'no-cache' } })).text();
  times.push(Number(process.hrtime.bigint() - t) / 1e6);
}
times.sort((a, b) => a - b);
const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
console.log(`page: ${path}`);
console.log(`first-load JS: ${srcs.size} files, ${kb(raw)} raw, ${kb(gz)} gzipped (+ ${kb(inline)} inline RSC payload and bootstrap scripts)`);
console.log(`HTML: ${kb(Buffer.byteLength(html))} raw, ${kb(gzipSync(html).length)} gzipped`);
console.log(`server response time over ${n} requests: median ${times[Math.floor(n / 2)].toFixed(1)} ms, p90 ${times[Math.floor(n * 0.9)].toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
