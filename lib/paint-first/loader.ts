// The one script of ours that every prerendered page runs (lib/paint-first/rewrite.ts puts it at
// the end of <body>): after the page's first paint it fetches the data that Next would have
// written into the page as inline scripts (a file of its own, so that the HTML the reader waits
// for before the first paint is only the page; BENCHMARKS.md, "The page's data out of the HTML"),
// hands it to Next and adds Next's chunk scripts. The loader itself is inline, not a file: a
// script file the browser fetches before the first paint is a request that Lighthouse's
// simulation puts on the LCP path (BENCHMARKS.md, "The loader inline"). Its text is the same on
// every page, so one hash in the CSP (lib/security/headers.ts) allows it everywhere and no page
// needs a hash of its own.
import { createHash } from 'node:crypto';

/** The id of the page's boot block (a `<script type="application/json">`, which never runs). */
export const BOOT_DATA_ID = '__kaisetsu_boot';

/** Where the rewrite writes each page's data, under Next's static folder (served immutable, as chunks are). */
export const BOOT_DATA_URL_PREFIX = '/_next/static/kaisetsu/boot/';

/** The page's boot block: the chunk scripts and the URL of its data file. */
export interface BootBlock {
  chunks: string[];
  data: string;
}

/** The data file: Next's inline pushes, in the order Next wrote them. */
export interface BootData {
  turbopack: unknown[];
  flight: unknown[];
}

// Plain ES5: it runs before any polyfill. It starts once the browser reports the first
// contentful paint (Paint Timing, buffered, so a paint before this script ran counts too); where
// Paint Timing is missing, or never reports, two animation frames and a timeout stand in (a
// requestAnimationFrame callback runs before a frame is drawn, so the second one runs after the
// first frame). Then the chunks are preloaded while the data file is fetched, and once the data
// is in, the order is Next's own: the Turbopack chunk list, the RSC payload (the first push
// creates self.__next_f), then the chunks, async as Next writes them. The data must be pushed
// before Next's main chunk runs: that chunk closes its stream of the payload as soon as the
// document has loaded, and a push after that would be lost.
export const LOADER_SOURCE = `(function(){
var block=document.getElementById(${JSON.stringify(BOOT_DATA_ID)});
if(!block||!self.fetch)return;
var boot=JSON.parse(block.textContent);
function run(data){
var t=self.TURBOPACK||(self.TURBOPACK=[]);
for(var i=0;i<data.turbopack.length;i++)t.push(data.turbopack[i]);
var f=self.__next_f||(self.__next_f=[]);
for(var j=0;j<data.flight.length;j++)f.push(data.flight[j]);
for(var k=0;k<boot.chunks.length;k++){var s=document.createElement('script');s.src=boot.chunks[k];s.async=true;document.body.appendChild(s);}
}
function start(){
for(var i=0;i<boot.chunks.length;i++){var l=document.createElement('link');l.rel='preload';l.as='script';l.href=boot.chunks[i];document.head.appendChild(l);}
fetch(boot.data).then(function(r){if(!r.ok)throw new Error('HTTP '+r.status);return r.json();}).then(run).catch(function(e){console.error('The page works without its scripts: '+boot.data+' did not load ('+e.message+').');});
}
var started=false;
function go(){if(started)return;started=true;setTimeout(start,0);}
var types=self.PerformanceObserver&&PerformanceObserver.supportedEntryTypes;
var waiting=types&&types.indexOf('paint')>=0;
if(waiting){try{new PerformanceObserver(function(list,observer){if(list.getEntriesByName('first-contentful-paint').length){observer.disconnect();go();}}).observe({type:'paint',buffered:true});}catch(e){waiting=false;}}
requestAnimationFrame(function(){requestAnimationFrame(function(){if(waiting)setTimeout(go,1000);else go();});});
})();
`;

/** The CSP source that allows exactly this script and no other inline code. */
export function loaderCspHash(): string {
  return `'sha256-${createHash('sha256').update(LOADER_SOURCE).digest('base64')}'`;
}

/** The loader as the element the rewrite appends to every page. */
export function loaderElement(): string {
  return `<script>${LOADER_SOURCE}</script>`;
}
