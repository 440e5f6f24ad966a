// Copies source-card images from content/explainers/<slug>/images/ to
// public/content-images/<slug>/, where the site serves them as /content-images/<slug>/<file>.
// public/content-images/ is generated (gitignored) and rebuilt from scratch on every run, so an
// image deleted or renamed in content/ does not linger online. Run before `next dev` and
// `next build` (predev / prebuild).
import fs from 'node:fs';
import path from 'node:path';
import { defaultContentDir, PUBLIC_IMAGES_PREFIX } from '@/lib/content/config';
import { countLabel } from '@/lib/content/checks/issues';
import { scanContent } from '@/lib/content/parse/scan';

function main(): number {
  const contentDir = defaultContentDir();
  const target = path.join(process.cwd(), 'public', ...PUBLIC_IMAGES_PREFIX.split('/').filter(Boolean));
  // The scanner decides what an image is (extension, file name), exactly as the checker does;
  // anything it rejects is left for `npm run check:content` to report.
  const { folders } = scanContent(contentDir, (absolute) => path.relative(process.cwd(), absolute));

  fs.rmSync(target, { recursive: true, force: true });
  let copied = 0;
  for (const folder of folders) {
    if (!folder.slugIsValid || folder.images.size === 0) continue;
    const destination = path.join(target, folder.slug);
    fs.mkdirSync(destination, { recursive: true });
    for (const [name, image] of folder.images) {
      fs.copyFileSync(image.absolute, path.join(destination, name));
      copied += 1;
    }
  }
  console.log(`sync-content-images: ${countLabel(copied, 'image')} copied to ${path.relative(process.cwd(), target) || '.'}/`);
  return 0;
}

process.exitCode = main();
