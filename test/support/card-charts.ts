import { z } from 'zod';
import type { AdaptiveCard } from '../../src/platform/cards/card-templates.js';

/**
 * Teams' card charts (`Chart.*`) are not in the Adaptive Card 1.5 schema. These are the documented
 * properties of the ones we use (Microsoft Learn "Charts in Adaptive Cards"; the Teams SDK's card types),
 * so a chart can be checked on its own, and the rest of its card against 1.5 with the chart replaced by
 * its fallback — which is what a client without charts renders.
 */
const chartColor = z.enum([
  'good', 'warning', 'attention', 'neutral',
  'categoricalRed', 'categoricalPurple', 'categoricalLavender', 'categoricalBlue', 'categoricalLightBlue',
  'categoricalTeal', 'categoricalGreen', 'categoricalLime', 'categoricalMarigold',
  'sequential1', 'sequential2', 'sequential3', 'sequential4', 'sequential5', 'sequential6', 'sequential7', 'sequential8',
  'divergingBlue', 'divergingLightBlue', 'divergingCyan', 'divergingTeal', 'divergingYellow', 'divergingPeach',
  'divergingLightRed', 'divergingRed', 'divergingMaroon', 'divergingGray',
]);

const elementProperties = {
  id: z.string().optional(),
  requires: z.record(z.string(), z.unknown()).optional(),
  lang: z.string().optional(),
  isVisible: z.boolean().optional(),
  separator: z.boolean().optional(),
  height: z.enum(['auto', 'stretch']).optional(),
  horizontalAlignment: z.enum(['Left', 'Center', 'Right']).optional(),
  spacing: z.enum(['None', 'ExtraSmall', 'Small', 'Default', 'Medium', 'Large', 'ExtraLarge', 'Padding']).optional(),
  targetWidth: z.string().optional(),
  isSortKey: z.boolean().optional(),
  'grid.area': z.string().optional(),
  fallback: z.union([z.literal('drop'), z.object({ type: z.string() }).loose()]),
};

const horizontalBarChart = z.strictObject({
  ...elementProperties,
  type: z.literal('Chart.HorizontalBar'),
  title: z.string().optional(),
  colorSet: z.enum(['categorical', 'sequential', 'diverging']).optional(),
  xAxisTitle: z.string().optional(),
  yAxisTitle: z.string().optional(),
  color: chartColor.optional(),
  data: z.array(z.strictObject({ x: z.string(), y: z.number(), color: chartColor.optional() })).min(1),
  displayMode: z.enum(['AbsoluteWithAxis', 'AbsoluteNoAxis', 'PartToWhole']).optional(),
});

const chartSchemas: Record<string, z.ZodType> = { 'Chart.HorizontalBar': horizontalBarChart };

function isChart(node: unknown): node is { type: string; fallback?: unknown } {
  return typeof node === 'object' && node !== null && typeof (node as { type?: unknown }).type === 'string' && (node as { type: string }).type.startsWith('Chart.');
}

/** Every chart element in a card. */
export function chartsIn(card: unknown): { type: string; fallback?: unknown }[] {
  const found: { type: string; fallback?: unknown }[] = [];
  const walk = (node: unknown) => {
    if (isChart(node)) found.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

/** Problems with each chart against its documented properties (a fallback is required). */
export function chartProblems(card: unknown): string[] {
  return chartsIn(card).flatMap((chart) => {
    const schema = chartSchemas[chart.type];
    if (!schema) return [`${chart.type} is not a chart we know the properties of`];
    const parsed = schema.safeParse(chart);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${chart.type} ${issue.path.join('.')}: ${issue.message}`);
  });
}

/** The card as a client without charts shows it: each chart replaced by its fallback. */
export function withChartFallbacks(card: AdaptiveCard): AdaptiveCard {
  const replace = (node: unknown): unknown => {
    if (isChart(node)) return node.fallback === 'drop' ? undefined : replace(node.fallback);
    if (Array.isArray(node)) return node.map(replace).filter((item) => item !== undefined);
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, replace(value)]));
    return node;
  };
  return replace(card) as AdaptiveCard;
}
