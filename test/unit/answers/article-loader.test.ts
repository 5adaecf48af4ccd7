import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleFrontMatterSchema, memberRoles } from '../../../src/features/answers/article.js';
import { loadArticles } from '../../../src/features/answers/article-loader.js';

const validFrontMatter = (id: string, reviewed = '2026-11-23'): string => `---
id: ${id}
title: A test article
questions:
  - What is a test?
tags: [test]
roles: [all]
sources:
  - title: A seed document
reviewed: ${reviewed}
---
The body of the article.
`;

describe('the real knowledge articles', () => {
  const articles = loadArticles();

  it('all load and validate', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  it('have unique ids', () => {
    const ids = articles.map((article) => article.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each cite at least one source and have a body', () => {
    for (const article of articles) {
      expect(article.sources.length, article.id).toBeGreaterThan(0);
      expect(article.body.length, article.id).toBeGreaterThan(0);
      expect(article.reviewed, article.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keep a number with a thousands comma whole in a list (unquoted, YAML reads "1,400 children" as 1 and "400 children")', () => {
    for (const article of articles) {
      for (const list of [article.tags, article.synonyms, article.questions]) {
        const split = list.findIndex((item, i) => /^\d{1,3}$/.test(item) && /^\d{3}\b/.test(list[i + 1] ?? ''));
        expect(split, `${article.id}: ${list[split]},${list[split + 1]}`).toBe(-1);
      }
    }
  });
});

describe('loading articles from a folder', () => {
  let dir = '';
  const folder = (files: Record<string, string>): string => {
    dir = mkdtempSync(join(tmpdir(), 'articles-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads every article but the README, with an unquoted YAML date as YYYY-MM-DD text and a trimmed body', () => {
    const articles = loadArticles(folder({ 'one.md': validFrontMatter('one'), 'README.md': '# not an article' }));
    expect(articles).toHaveLength(1);
    expect(articles[0]?.reviewed).toBe('2026-11-23');
    expect(articles[0]?.synonyms).toEqual([]);
    expect(articles[0]?.body).toBe('The body of the article.');
  });

  it('rejects an id that differs from the file name, naming the file', () => {
    expect(() => loadArticles(folder({ 'two.md': validFrontMatter('other') }))).toThrow(/two\.md.*must equal the file name/);
  });

  it('rejects an article without sources, naming the file', () => {
    const text = validFrontMatter('three').replace('sources:\n  - title: A seed document\n', 'sources: []\n');
    expect(() => loadArticles(folder({ 'three.md': text }))).toThrow(/three\.md: invalid front matter/);
  });

  it('rejects an unknown role', () => {
    const text = validFrontMatter('four').replace('roles: [all]', 'roles: [mayor]');
    expect(() => loadArticles(folder({ 'four.md': text }))).toThrow(/four\.md/);
  });
});

describe('the front matter schema', () => {
  it('exports the member roles without "all"', () => {
    expect(memberRoles).toContain('scrutiny');
    expect(memberRoles).not.toContain('all');
  });

  it('turns a YAML Date into a YYYY-MM-DD string', () => {
    const parsed = articleFrontMatterSchema.parse({
      id: 'x',
      title: 'X',
      questions: ['q'],
      tags: [],
      roles: ['all'],
      sources: [{ title: 's' }],
      reviewed: new Date('2026-01-05T00:00:00Z'),
    });
    expect(parsed.reviewed).toBe('2026-01-05');
  });
});
