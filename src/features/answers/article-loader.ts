import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { z } from 'zod';
import { articleFrontMatterSchema, type Article } from './article.js';

export const defaultArticlesDir = fileURLToPath(new URL('./articles/', import.meta.url));

const articleFileName = /\.md$/i;
const notAnArticle = new Set(['readme.md']);

/** Reads and validates every knowledge article; throws naming the file and the problem. */
export function loadArticles(dir: string = defaultArticlesDir): Article[] {
  const files = readdirSync(dir)
    .filter((name) => articleFileName.test(name) && !notAnArticle.has(name.toLowerCase()))
    .sort();
  const seen = new Map<string, string>();
  return files.map((file) => {
    const article = parseArticleFile(join(dir, file));
    const expectedId = basename(file, '.md');
    if (article.id !== expectedId) {
      throw new Error(`${file}: id "${article.id}" must equal the file name "${expectedId}"`);
    }
    const other = seen.get(article.id);
    if (other) throw new Error(`${file}: id "${article.id}" is already used by ${other}`);
    seen.set(article.id, file);
    return article;
  });
}

function parseArticleFile(path: string): Article {
  const file = basename(path);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object stops gray-matter from caching by content, so every read is parsed afresh.
    parsed = matter(readFileSync(path, 'utf8'), {});
  } catch (error) {
    throw new Error(`${file}: cannot read front matter: ${error instanceof Error ? error.message : String(error)}`);
  }
  const frontMatter = articleFrontMatterSchema.safeParse(parsed.data);
  if (!frontMatter.success) {
    throw new Error(`${file}: invalid front matter: ${z.prettifyError(frontMatter.error)}`);
  }
  const body = parsed.content.trim();
  if (body.length === 0) throw new Error(`${file}: the article has no body`);
  return { ...frontMatter.data, body };
}
