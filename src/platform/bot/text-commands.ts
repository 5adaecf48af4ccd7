import type { Turn } from './turn.js';

export interface TextCommand {
  /** What the member types, lower case; shown on the help card and in the manifest. */
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly description: string;
  /** Officers only: hidden from members' help. */
  readonly adminOnly?: boolean;
  run(turn: Turn): Promise<void>;
}

/** Lower case, mentions and surrounding punctuation removed, inner white space folded. */
export function normaliseCommandText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/^[\s/!.?]+|[\s.!?]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** Dispatch by table: a message that is exactly a command's name or alias runs it. */
export class TextCommandRouter {
  private readonly byWord = new Map<string, TextCommand>();
  private readonly ordered: TextCommand[] = [];

  register(...commands: TextCommand[]): this {
    for (const command of commands) {
      for (const word of [command.name, ...(command.aliases ?? [])]) {
        if (this.byWord.has(word)) throw new Error(`Text command "${word}" is registered twice`);
        this.byWord.set(word, command);
      }
      this.ordered.push(command);
    }
    return this;
  }

  match(text: string): TextCommand | undefined {
    return this.byWord.get(normaliseCommandText(text));
  }

  list(): readonly TextCommand[] {
    return this.ordered;
  }
}
