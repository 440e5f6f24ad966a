// The blocks editors may write (`::page`, `:::qa`, `:::source`, `:::commentary`, `:::voice`) and the
// schema of each one's attributes. Everything else written with colons is an error.
import path from 'node:path';
import * as z from 'zod';
import { IMAGE_EXTENSIONS, IMAGE_NAME_PATTERN, IMAGES_DIR } from '../config';
import { httpsUrl, termId, type HintParams } from './front-matter-schema';
import type { IssueList } from '../checks/issues';
import { startOf, type DirectiveNode } from './markdown';
import { closestName, unknownNameHint } from '../checks/suggest';

const text = z.string().trim().min(1);

const IMAGE_HINT = `write image="images/<file name>", e.g. image="images/putin-visit.jpg", and put the file in this explainer's images/ folder`;

/** `images/<file>`: one level, an image extension, a name that is safe in a URL. */
export function imagePathProblem(value: string): string | undefined {
  const [folder, name, ...rest] = value.split('/');
  if (folder !== IMAGES_DIR || !name || rest.length > 0) return `"${value}" is not a path of the form images/<file name>`;
  const extension = path.extname(name).toLowerCase();
  if (!IMAGE_EXTENSIONS.includes(extension)) return `"${name}" is not a .jpg, .jpeg, .png, .webp, .avif or .gif file`;
  if (!IMAGE_NAME_PATTERN.test(name)) return `"${name}" must use only lowercase letters, digits, hyphens, underscores and dots`;
  return undefined;
}

const imagePath = z.string().check((ctx) => {
  const problem = imagePathProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, params: { hint: IMAGE_HINT } satisfies HintParams, message: problem });
});

const sourceAttributes = z
  .strictObject({ name: text, url: httpsUrl, image: imagePath.optional(), alt: text.optional(), credit: text.optional() })
  .check((ctx) => {
    const { image, alt, credit } = ctx.value;
    const params: HintParams = {
      hint: 'an image needs all three: image="images/file.jpg" alt="what the image shows" credit="where it comes from"',
    };
    if (image !== undefined) {
      if (alt === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, params, message: 'the image has no alt text (alt="…")' });
      if (credit === undefined) ctx.issues.push({ code: 'custom', input: ctx.value, params, message: 'the image has no credit (credit="…")' });
    } else if (alt !== undefined || credit !== undefined) {
      ctx.issues.push({ code: 'custom', input: ctx.value, params, message: 'alt and credit describe an image, but there is no image="…"' });
    }
  });

interface DirectiveSpec<Schema extends z.ZodObject> {
  kind: 'leaf' | 'container' | 'text';
  /** As written, e.g. `:::source`. */
  marker: string;
  /** How to write it, shown in hints. */
  usage: string;
  attributes: Schema;
}

const noAttributes = z.strictObject({});

/**
 * A block from a line `opening` to a line `:::`. Its marker is the opening without its attributes;
 * its usage, shown in hints, says what goes between.
 */
function container<Schema extends z.ZodObject>(opening: string, between: string, attributes: Schema) {
  return { kind: 'container', marker: opening.replace(/\{.*$/, ''), usage: `${opening}, ${between}, then a line :::`, attributes } as const;
}

export const DIRECTIVES = {
  page: {
    kind: 'leaf',
    marker: '::page',
    usage: '::page{title="…" teaser="…"} on its own line',
    attributes: z.strictObject({ title: text, teaser: text }),
  },
  qa: container(':::qa{question="…"}', 'the answer', z.strictObject({ question: text })),
  source: container(':::source{name="…" url="https://…"}', 'the points as "- " lines', sourceAttributes),
  commentary: container(':::commentary', 'the text', noAttributes),
  voice: container(':::voice', 'the text', noAttributes),
  timeline: container(':::timeline', 'one "- 2024-06-19: what happened" line per entry (a year, YYYY-MM or YYYY-MM-DD)', noAttributes),
  known: container(':::known', 'what is established', noAttributes),
  unknown: container(':::unknown', 'what is not known yet', noAttributes),
  view: container(
    ':::view{label="北京から見ると" source="新潮社 Foresight" url="https://…"}',
    'the view in a few lines',
    z.strictObject({ label: text, source: text, url: httpsUrl }),
  ),
} as const satisfies Record<string, DirectiveSpec<z.ZodObject>>;

/** Marks inside a sentence: `:term[金正恩]`, `:ruby[平壌]{reading="ピョンヤン"}`, `:allow[…]{rule="…"}`. */
export const TEXT_DIRECTIVES = {
  term: {
    kind: 'text',
    marker: ':term',
    usage: ':term[金正恩] (the term as the glossary names it) or :term[the words]{id="kim-jong-un"}',
    attributes: z.strictObject({ id: termId.optional() }),
  },
  ruby: {
    kind: 'text',
    marker: ':ruby',
    usage: ':ruby[平壌]{reading="ピョンヤン"}',
    attributes: z.strictObject({ reading: text }),
  },
  // The editors' exception to a prose rule (checks/prose/exceptions.ts): the words are published as
  // plain text, the mark is for the prose check only.
  allow: {
    kind: 'text',
    marker: ':allow',
    usage: ':allow[the sentence]{rule="ja/no-doubled-joshi"} (the rule as the warning names it in [ ]; several separated by spaces)',
    attributes: z.strictObject({ rule: text }),
  },
} as const satisfies Record<string, DirectiveSpec<z.ZodObject>>;

export type DirectiveName = keyof typeof DIRECTIVES;
export type ContainerName = { [Name in DirectiveName]: (typeof DIRECTIVES)[Name]['kind'] extends 'container' ? Name : never }[DirectiveName];
export const DIRECTIVE_NAMES: readonly string[] = Object.keys(DIRECTIVES);

export function isDirectiveName(name: string): name is DirectiveName {
  return Object.hasOwn(DIRECTIVES, name);
}

export function isContainerName(name: string): name is ContainerName {
  return isDirectiveName(name) && DIRECTIVES[name].kind === 'container';
}

/** Validates a directive's attributes against its schema; reports and returns undefined on error. */
export function readAttributes<Schema extends z.ZodObject>(
  node: DirectiveNode,
  spec: DirectiveSpec<Schema>,
  issues: IssueList,
): z.output<Schema> | undefined {
  const { marker } = spec;
  const at = startOf(node);
  const raw = node.attributes ?? {};
  const result = spec.attributes.safeParse(raw);
  if (result.success) return result.data;
  const known = Object.keys(spec.attributes.shape);
  // A misspelt attribute (`tilte`) is reported once, as unknown with "did you mean", not also as missing.
  const misspelt = new Set(
    result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.flatMap((key) => closestName(key, known) ?? []) : [],
    ),
  );
  for (const issue of result.error.issues) {
    const attribute = String(issue.path[0] ?? '');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          issues.error(
            at,
            known.length > 0 ? `${marker} has no attribute "${key}"` : `${marker} takes no attributes (found "${key}")`,
            known.length > 0 ? unknownNameHint(key, known, `attributes of ${marker}`) : `remove the {…} after ${marker}`,
          );
        }
        break;
      case 'invalid_type':
        if (Object.hasOwn(raw, attribute) && raw[attribute] != null) {
          issues.error(at, `the "${attribute}" attribute of ${marker} must be text`, `write it as ${spec.usage}`);
        } else if (Object.hasOwn(raw, attribute)) {
          issues.error(at, `the "${attribute}" attribute of ${marker} is empty`, `write it as ${spec.usage}`);
        } else if (!misspelt.has(attribute)) {
          issues.error(at, `${marker} needs a "${attribute}" attribute`, `write it as ${spec.usage}`);
        }
        break;
      case 'too_small':
        issues.error(at, `the "${attribute}" attribute of ${marker} is empty`, `write it as ${spec.usage}`);
        break;
      case 'custom': {
        const hint = issue.params?.hint;
        const subject = attribute ? `${marker} ${attribute}=` : `${marker}: `;
        issues.error(at, `${subject}${issue.message}`, typeof hint === 'string' ? hint : `write it as ${spec.usage}`);
        break;
      }
      default:
        issues.error(at, `${marker}: ${issue.message}`, `write it as ${spec.usage}`);
    }
  }
  return undefined;
}
