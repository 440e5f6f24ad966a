// The textlint plugin that hands the kernel one register of an explainer file, already parsed
// (documents.ts). A plugin is textlint's way in for a format it does not read itself; ours reads
// nothing: the document arrives in its options, built by the content layer's parser.
import type { TextlintMessage, TextlintPluginCreator, TextlintPluginOptions } from '@textlint/types';
import type { TxtDocumentNode } from '@textlint/ast-node-types';
import type { TxtNode } from './documents';

export const PLUGIN_ID = 'kaisetsu-markdown';

class RegisterProcessor {
  private readonly document: TxtNode;

  constructor(options?: TextlintPluginOptions) {
    const document = options?.document;
    if (!document || typeof document !== 'object') throw new Error(`${PLUGIN_ID}: no document given`);
    this.document = document as TxtNode;
  }

  availableExtensions(): string[] {
    return ['.md'];
  }

  processor(): {
    preProcess(): TxtDocumentNode;
    postProcess(messages: TextlintMessage[], filePath?: string): { messages: TextlintMessage[]; filePath: string };
  } {
    // Our TxtNode is TxtAST built by hand; the kernel checks its shape (ast-tester) before use.
    const document = this.document as unknown as TxtDocumentNode;
    return {
      preProcess: () => document,
      postProcess: (messages, filePath) => ({ messages, filePath: filePath ?? '<text>' }),
    };
  }
}

export const registerPlugin: TextlintPluginCreator = { Processor: RegisterProcessor };
