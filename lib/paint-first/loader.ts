// The one script of ours that every prerendered page loads (lib/paint-first/rewrite.ts puts it
// there): after the page's first frame it hands Next the data that Next would have written as
// inline scripts, then adds Next's chunk scripts. The same file serves every page, so
// `script-src 'self'` covers it and no page needs a hash of its own.
import { createHash } from 'node:crypto';

/** The id of the page's data block (a `<script type="application/json">`, which never runs). */
export const BOOT_DATA_ID = '__kaisetsu_boot';

// Plain ES5: it runs before any polyfill. A requestAnimationFrame callback runs before a frame is
// drawn, so the second one runs once the first frame has been presented (one frame is not enough:
// Chromium stamps first-contentful-paint at presentation, a few ms after the frame's tasks), and
// the setTimeout puts the chunks behind any input waiting. The order inside is Next's own: the Turbopack chunk list, the RSC payload (the
// first push creates self.__next_f), then the chunks, async as Next writes them.
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
requestAnimationFrame(function(){requestAnimationFrame(function(){setTimeout(start,0);});});
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
