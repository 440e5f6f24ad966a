// The one script of ours that every prerendered page runs (lib/paint-first/rewrite.ts puts it at
// the end of <body>): after the page's first paint it hands Next the data that Next would have
// written as inline scripts, then adds Next's chunk scripts. It is inline, not a file: a script
// file the browser fetches before the first paint is a request that Lighthouse's simulation puts
// on the LCP path (BENCHMARKS.md, "The loader inline"). Its text is the same on every page, so one
// hash in the CSP (lib/security/headers.ts) allows it everywhere and no page needs a hash of its own.
import { createHash } from 'node:crypto';

/** The id of the page's data block (a `<script type="application/json">`, which never runs). */
export const BOOT_DATA_ID = '__kaisetsu_boot';

// Plain ES5: it runs before any polyfill. It starts the chunks once the browser reports the
// first contentful paint (Paint Timing, buffered, so a paint before this script ran counts too);
// where Paint Timing is missing, or never reports, two animation frames and a timeout stand in
// (a requestAnimationFrame callback runs before a frame is drawn, so the second one runs after
// the first frame). The order inside is Next's own: the Turbopack chunk list, the RSC payload
// (the first push creates self.__next_f), then the chunks, async as Next writes them.
export const LOADER_SOURCE = `(function(){
var data=document.getElementById(${JSON.stringify(BOOT_DATA_ID)});
if(!data)return;
var boot=JSON.parse(data.textContent);
function start(){
var t=self.TURBOPACK||(self.TURBOPACK=[]);
for(var i=0;i<boot.turbopack.length;i++)t.push(boot.turbopack[i]);
var f=self.__next_f||(self.__next_f=[]);
for(var j=0;j<boot.flight.length;j++)f.push(boot.flight[j]);
for(var k=0;k<boot.chunks.length;k++){var s=document.createElement('script');s.src=boot.chunks[k];s.async=true;document.body.appendChild(s);}
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
