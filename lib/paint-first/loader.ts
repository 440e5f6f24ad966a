// The one script of ours that every prerendered page loads (lib/paint-first/rewrite.ts puts it
// there): after the page's first frame it hands Next the data that Next would have written as
// inline scripts, then adds Next's chunk scripts. The same file serves every page, so
// `script-src 'self'` covers it and no page needs a hash of its own.
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

/** The loader's file name, named by its content so that it can be cached for a year. */
export function loaderFileName(): string {
  const hash = createHash('sha256').update(LOADER_SOURCE).digest('hex').slice(0, 16);
  return `boot-${hash}.js`;
}

/** Its URL path: under /_next/static/, which `next start` serves as immutable and every build copies. */
export const LOADER_DIRECTORY = 'kaisetsu';
export function loaderUrlPath(): string {
  return `/_next/static/${LOADER_DIRECTORY}/${loaderFileName()}`;
}
