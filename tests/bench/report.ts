/** tests/bench/results/latest.md: the bench's numbers and Lighthouse's, each beside its budget. */
import { BUNDLE_BUDGET, type BundleReport } from './bundle'
import type { DataSetReport, Heap } from './browser'
import type { LighthouseReport } from './lighthouse'
import { CHANGES, CHARTS, HEADLINE_MARK } from './page'
import { fmt, pct, round, type Stats } from './stats'

export interface Report {
  date: string
  runs: number
  lighthouseRuns: number
  bundle: BundleReport
  demo?: DataSetReport
  large?: DataSetReport
  live?: DataSetReport
  lighthouse: { build: 'demo' | 'live'; report: LighthouseReport }[]
}

const SETS = [
  ['demo', 'demo build, demo data (25 provinces × 20 months)'],
  ['large', 'demo build, large data (300 regions × 60 months)'],
  ['live', 'live build, demo data'],
] as const

/** One median over another, as a ratio (the cold figures over the floor's). */
const ratio = (a: Stats, b: Stats) => (a.n === 0 || b.n === 0 ? 'n/a' : `${round(a.median / b.median, 2)} ×`)

/** A budget on one statistic: held, missed, or not measured. */
const check = (s: Stats | undefined, pick: (s: Stats) => number, ok: (x: number) => boolean) =>
  !s || s.n === 0 ? 'n/a' : ok(pick(s)) ? '✓' : '✗'

/**
 * Each first-view request of the cold loads: when it left and when it was answered, after /me and /meta answered
 * (medians over the runs): requests that leave together show the same start.
 */
function requestsTable(sets: readonly (readonly [string, DataSetReport])[]): string[] {
  const paths = [...new Set(sets.flatMap(([, d]) => Object.keys(d.cold.requests ?? {})))].sort()
  if (paths.length === 0) return []
  const cell = (d: DataSetReport, path: string) => {
    const r = d.cold.requests?.[path]
    return r ? `${round(r.leftMs.median)} → ${round(r.answeredMs.median)} (${r.leftMs.n})` : ''
  }
  return [
    "### The first view's requests, cold: left → answered, ms after /me and /meta answered (medians; requests)",
    '',
    `| request | ${sets.map(([label]) => label).join(' | ')} |`,
    `|---|${sets.map(() => '---|').join('')}`,
    ...paths.map((path) => `| ${path} | ${sets.map(([, d]) => cell(d, path)).join(' | ')} |`),
    '',
  ]
}

export function markdown(r: Report): string {
  const sets = SETS.filter(([key]) => r[key])
  const get = (key: (typeof SETS)[number][0]) => r[key]
  const row = (label: string, cell: (d: DataSetReport) => string, budget = '') =>
    `| ${label} | ${sets.map(([key]) => cell(get(key)!)).join(' | ')} | ${budget} |`
  const kb = (b: number) => `${round(b / 1024)} KiB`
  const mb = (h: Heap) => `${round(h.usedMB)} (${round(h.codeMB)})`
  const b = r.bundle
  const lhRuns = r.lighthouseRuns

  const lines = [
    `# Benchmark (${r.date.slice(0, 16)}, ${r.runs} runs, medians (min–max; p95))`,
    '',
    'Demo: the demo build, its mock backend a service worker in the page (what `npm run dev` and demos use). Live: the',
    'production build (no msw) against the same mock backend over HTTP, in a process of its own, as with a real backend.',
    'Both are served by nginx with deploy/nginx.conf, as deployed (gzip, hashed files cached, the backend proxied under',
    "/api/ by the file's same-origin block). Each run",
    'starts Chromium on a new, empty profile: **cold** is that first visit (no HTTP cache, no compiled code, no service',
    'worker yet), **warm** a reload in the same profile. Everything after the loads happens on the warm page.',
    'Floor: the same index.html with every script removed (the static shell and the stylesheet), first visited in a new',
    "profile the same way: what this browser on this machine takes before any of the app's code runs.",
    `Headline figures: the \`${HEADLINE_MARK}\` mark the app sets when the KPI cards first show data (n/a: this build`,
    'sets none). Interaction latency: Event Timing (`PerformanceObserver` type `event`, `durationThreshold` 16), the',
    'longest event of each interaction from input to next paint, as INP counts it; real clicks on Export PNG and on the',
    'Regions tabs, arrow keys on the focused filters (an interaction under 16 ms leaves no entry and counts as 16).',
    '',
    `| measure | ${sets.map(([, label]) => label).join(' | ')} | budget |`,
    `|---|${sets.map(() => '---|').join('')}---|`,
    `| first-view JS, gzip (production build) | ${sets.map(([k]) => (k === 'live' ? `${kb(b.firstViewGzip)} = ${round(b.ratio, 3)} × floor (${kb(b.floorGzip)})` : '')).join(' | ')} | ≤ ${BUNDLE_BUDGET.ratio} × floor (CI) |`,
    `| critical-path JS (before the headline figures), gzip | ${sets.map(([k]) => (k === 'live' ? kb(b.criticalGzip) : '')).join(' | ')} | ≤ ${BUNDLE_BUDGET.criticalKiB} KiB (CI) |`,
    `| all JS chunks, gzip (production build) | ${sets.map(([k]) => (k === 'live' ? `${kb(b.totalGzip)} in ${b.chunks.length} chunks` : '')).join(' | ')} | |`,
    `| msw in production build | ${sets.map(([k]) => (k === 'live' ? `${b.mswBytes} bytes` : '')).join(' | ')} | 0 |`,
    `| office writers (docx, xlsx), gzip, loaded on click | ${sets
      .map(([k]) =>
        k === 'live'
          ? `${b.chunks
              .filter((c) => c.office)
              .map((c) => `${c.file.replace(/^assets\/|-[\w-]{8}\.js$/g, '')} ${kb(c.gzip)}`)
              .join(
                ', ',
              )}; in the first view: ${kb(b.chunks.filter((c) => c.office && c.firstView).reduce((a, c) => a + c.gzip, 0))}`
          : '',
      )
      .join(' | ')} | 0 in the first view (CI) |`,
    row('first contentful paint (the static shell), cold, ms', (d) => fmt(d.cold.fcpMs)),
    row('largest contentful paint, cold, ms', (d) => fmt(d.cold.lcpMs), '≤ 600 live, ≤ 800 demo'),
    row('… floor: index.html without its scripts, cold: first paint / LCP, ms', (d) =>
      d.floor ? `${fmt(d.floor.fcpMs)} / ${fmt(d.floor.lcpMs)}` : '',
    ),
    row('largest contentful paint, warm (reload), ms', (d) => fmt(d.warm.lcpMs), '≤ 1000'),
    row('headline figures on screen, cold, ms', (d) => fmt(d.cold.headlineMs), '≤ 500 live'),
    row('headline figures on screen, warm, ms', (d) => fmt(d.warm.headlineMs)),
    row('… /me and /meta answered, cold, ms (from navigation)', (d) => fmt(d.cold.bootAnsweredMs)),
    row(
      'first-view requests: the last one leaves, after /me and /meta answered, cold, ms',
      (d) =>
        `${fmt(d.cold.lastLeftMs)} ${check(
          d.cold.lastLeftMs,
          (s) => s.median,
          (x) => x <= 50,
        )}`,
      '≤ 50',
    ),
    row('… the last one answered, after /me and /meta answered, cold, ms', (d) => fmt(d.cold.lastAnsweredMs)),
    row(
      "data answered (the headline figures' /targets, /series, /monitoring) → headline figures on screen, cold, ms",
      (d) =>
        `${fmt(d.cold.dataToHeadlineMs)} ${check(
          d.cold.dataToHeadlineMs,
          (s) => s.median,
          (x) => x <= 50,
        )}`,
      '≤ 50',
    ),
    row(
      'longest main-thread task, cold load, ms (0: no long task, none of 50 ms or more)',
      (d) =>
        `${fmt(d.cold.longestTaskMs)} ${check(
          d.cold.longestTaskMs,
          (s) => s.median,
          (x) => x <= 50,
        )}`,
      '≤ 50',
    ),
    row(
      'headline figures / LCP, cold, × the floor’s LCP (medians)',
      (d) =>
        d.floor
          ? `${ratio(d.cold.headlineMs, d.floor.lcpMs)} ${check(
              d.cold.headlineMs,
              (s) => s.median / d.floor!.lcpMs.median,
              (x) => x <= 3,
            )} / ${ratio(d.cold.lcpMs, d.floor.lcpMs)}`
          : '',
      'headline ≤ 3 × live; LCP ≤ 3.5 × live, ≤ 5 × demo',
    ),
    row(
      'first visit on slow 4G with a 4× slower CPU: headline figures / all panels drawn / the figures ahead by, ms',
      (d) =>
        d.throttled ? `${fmt(d.throttled.headlineMs)} / ${fmt(d.throttled.readyMs)} / ${fmt(d.throttled.leadMs)}` : '',
      'figures well before the charts',
    ),
    row(
      'dashboard ready (all panels drawn), cold / warm, ms',
      (d) => `${fmt(d.cold.readyMs)} / ${fmt(d.warm.readyMs)}`,
    ),
    row('cumulative layout shift, cold / warm', (d) => `${fmt(d.cold.cls, 4)} / ${fmt(d.warm.cls, 4)}`, '≤ 0.01'),
    row('total blocking time, cold / warm, ms', (d) => `${fmt(d.cold.tbtMs)} / ${fmt(d.warm.tbtMs)}`),
    row(
      `filter change → all charts updated, new views (data fetched), ms (${CHANGES} changes × ${r.runs} runs)`,
      (d) => fmt(d.filterChangeMs),
      'p95 ≤ 50',
    ),
    row("… the backend answering those changes' requests (each, start to last byte), ms", (d) => fmt(d.apiAnswerMs)),
    row(
      `filter change → all charts updated, views seen before (data cached), ms (the same changes again)`,
      (d) => fmt(d.filterChangeSeenMs),
      'p95 ≤ 50',
    ),
    row('interaction latency, filter change (keyboard), ms', (d) => fmt(d.interactionMs.filter), 'p95 ≤ 100'),
    row('interaction latency, Regions tab switch (click), ms', (d) => fmt(d.interactionMs.tab), 'p95 ≤ 100'),
    row('interaction latency, Export PNG (click), ms', (d) => fmt(d.interactionMs.export), 'p95 ≤ 100'),
    ...CHARTS.map((c) => row(`PNG export, ${c}, click → download, ms`, (d) => fmt(d.exportPngMs[c]), '≤ 250')),
    row('JS heap after load, MB (of which compiled code)', (d) => mb(d.heap.afterLoad)),
    row(
      `JS heap after ${CHANGES} changes: growth, total (objects alone)`,
      (d) => `${mb(d.heap.afterChanges)}: ${pct(d.heap.growth)} (${pct(d.heap.objectGrowth)})`,
      'reported (warm-up, see below)',
    ),
    row(
      `JS heap after the same ${CHANGES} changes again: growth (a leak would show here)`,
      (d) => `${mb(d.heap.afterMoreChanges)}: ${pct(d.heap.warmGrowth)}`,
      '≤ 10%',
    ),
    '',
    ...requestsTable(sets.map(([key, label]) => [label, get(key)!] as const)),
  ]

  if (r.lighthouse.length > 0) {
    lines.push(
      `## Lighthouse ${r.lighthouse[0].report.version} (${lhRuns} runs each, completed runs per row in the JSON: a mobile run takes about half a minute here; medians (min–max))`,
      '',
      'Mobile is the default preset (simulated slow 4G and 4× CPU slowdown), desktop `--preset=desktop`. Lighthouse',
      "simulates its timings from one load of a fresh profile (Lantern), so they are not the bench's measured ones.",
      '',
      `| build, preset | performance | accessibility | best practices | FCP, ms | LCP, ms | TBT, ms | CLS | SI, ms |`,
      `|---|---|---|---|---|---|---|---|---|`,
      ...r.lighthouse.map(({ build, report: l }) => {
        const s = (x: Stats, d = 0) =>
          x.n === 0 ? 'n/a' : `${round(x.median, d)} (${round(x.min, d)}–${round(x.max, d)})`
        return `| ${build}, ${l.preset} | ${s(l.scores.performance)} | ${s(l.scores.accessibility)} | ${s(l.scores['best-practices'])} | ${s(l.metrics.fcp)} | ${s(l.metrics.lcp)} | ${s(l.metrics.tbt)} | ${s(l.metrics.cls, 3)} | ${s(l.metrics.si)} |`
      }),
      '',
      'Budgets: performance ≥ 90 mobile and 100 desktop on the live build; accessibility and best practices 100 on both builds.',
      '',
    )
    const findings = r.lighthouse.flatMap(({ build, report: l }) =>
      l.findings.map(
        (f) =>
          `- ${build}, ${l.preset}: **${f.category}** \`${f.id}\`${f.weight === 0 ? ' (weight 0: not in the score)' : ''} ${f.title}${f.items.length ? `: ${f.items.join('; ')}` : ''}`,
      ),
    )
    lines.push(
      findings.length
        ? 'Failing audits:\n\n' + findings.join('\n')
        : 'No failing accessibility or best-practices audit.',
      '',
    )
    const limits = r.lighthouse.flatMap(({ build, report: l }) => {
      const x = l.limits
      if (!x) return []
      const list = <T>(items: T[], f: (t: T) => string) => (items.length ? items.map(f).join(', ') : 'none')
      return [
        `- **${build}, ${l.preset}** (the run scoring ${x.score}): LCP element ${x.lcpElement ? `\`${x.lcpElement.replace(/`/g, "'")}\`` : 'n/a'}; ` +
          `LCP phases ${list(x.lcpPhases, (p) => `${p.phase} ${p.ms}`)}; ` +
          `longest tasks (start + duration, ms) ${list(x.longTasks, (t) => `${t.start} + ${t.ms} ${t.url}`)}; ` +
          `main thread ${list(x.mainThread, (g) => `${g.group} ${g.ms}`)}`,
      ]
    })
    if (limits.length)
      lines.push("What limits performance, in Lighthouse's own account (simulated, ms):", '', ...limits, '')
    const failures = r.lighthouse.flatMap(({ build, report: l }) =>
      l.failures.map((f) => `- ${build}, ${l.preset}: ${f}`),
    )
    if (failures.length)
      lines.push('Lighthouse runs that failed (each tried again, up to three times):\n\n' + failures.join('\n'), '')
  }

  // Ours beside Lighthouse's: the same quantities, measured here and simulated there.
  const lh = (build: 'demo' | 'live', preset: 'mobile' | 'desktop') =>
    r.lighthouse.find((x) => x.build === build && x.report.preset === preset)?.report
  const med = (s: Stats | undefined, d = 0) => (s && s.n > 0 ? String(round(s.median, d)) : 'n/a')
  const beside = (['demo', 'live'] as const).filter((k) => r[k])
  if (beside.length > 0) {
    lines.push(
      '## Ours beside Lighthouse (medians)',
      '',
      '| build | LCP cold / warm (ours) | LCP desktop / mobile (Lighthouse) | TBT cold (ours) | TBT desktop / mobile (Lighthouse) | CLS cold (ours) | CLS desktop / mobile (Lighthouse) |',
      '|---|---|---|---|---|---|---|',
      ...beside.map((k) => {
        const d = r[k]!
        const [dk, mo] = [lh(k, 'desktop'), lh(k, 'mobile')]
        return `| ${k} | ${med(d.cold.lcpMs)} / ${med(d.warm.lcpMs)} | ${med(dk?.metrics.lcp)} / ${med(mo?.metrics.lcp)} | ${med(d.cold.tbtMs)} | ${med(dk?.metrics.tbt)} / ${med(mo?.metrics.tbt)} | ${med(d.cold.cls, 4)} | ${med(dk?.metrics.cls, 4)} / ${med(mo?.metrics.cls, 4)} |`
      }),
      '',
    )
  }

  // Every budget of issue 14 and the spec, held (✓), missed (✗) or not measured (n/a).
  const budgets: [string, string][] = [
    [
      'cold LCP ≤ 600 ms, live (median)',
      check(
        r.live?.cold.lcpMs,
        (s) => s.median,
        (x) => x <= 600,
      ),
    ],
    [
      'cold LCP ≤ 800 ms, demo (median)',
      check(
        r.demo?.cold.lcpMs,
        (s) => s.median,
        (x) => x <= 800,
      ),
    ],
    [
      'headline figures cold ≤ 500 ms, live (median)',
      check(
        r.live?.cold.headlineMs,
        (s) => s.median,
        (x) => x <= 500,
      ),
    ],
    ...(['demo', 'live'] as const).map((k): [string, string] => [
      `first visit on slow 4G with a 4× slower CPU: headline figures before all panels are drawn, every run, ${k}`,
      check(
        r[k]?.throttled?.leadMs,
        (s) => s.min,
        (x) => x > 0,
      ),
    ]),
    [
      'filter change → all charts updated p95 ≤ 50 ms, new views (data fetched), demo',
      check(
        r.demo?.filterChangeMs,
        (s) => s.p95,
        (x) => x <= 50,
      ),
    ],
    [
      'filter change → all charts updated p95 ≤ 50 ms, views seen before (data cached), demo',
      check(
        r.demo?.filterChangeSeenMs,
        (s) => s.p95,
        (x) => x <= 50,
      ),
    ],
    [
      'filter change → all charts updated p95 ≤ 50 ms, new views (data fetched), live',
      check(
        r.live?.filterChangeMs,
        (s) => s.p95,
        (x) => x <= 50,
      ),
    ],
    [
      'filter change → all charts updated p95 ≤ 50 ms, views seen before (data cached), live',
      check(
        r.live?.filterChangeSeenMs,
        (s) => s.p95,
        (x) => x <= 50,
      ),
    ],
    ...(['demo', 'live'] as const).flatMap((k): [string, string][] => [
      [
        `interaction latency p95 ≤ 100 ms (filters, tabs, exports), ${k}`,
        check(
          r[k]?.interactionMs.all,
          (s) => s.p95,
          (x) => x <= 100,
        ),
      ],
    ]),
    [
      'Lighthouse mobile performance ≥ 90, live (median)',
      check(
        lh('live', 'mobile')?.scores.performance,
        (s) => s.median,
        (x) => x >= 90,
      ),
    ],
    [
      'Lighthouse desktop performance 100, live (median)',
      check(
        lh('live', 'desktop')?.scores.performance,
        (s) => s.median,
        (x) => x >= 100,
      ),
    ],
    ...(['demo', 'live'] as const).flatMap((k) =>
      (['mobile', 'desktop'] as const).map((p): [string, string] => [
        `Lighthouse accessibility and best practices 100, ${k}, ${p}`,
        lh(k, p)
          ? lh(k, p)!.scores.accessibility.min >= 100 && lh(k, p)!.scores['best-practices'].min >= 100
            ? '✓'
            : '✗'
          : 'n/a',
      ]),
    ),
  ]
  lines.push(
    '## Budgets',
    '',
    '| budget | held |',
    '|---|---|',
    ...budgets.map(([name, held]) => `| ${name} | ${held} |`),
    '',
  )

  lines.push(
    `Heap: read after two forced full collections. The first ${CHANGES} changes visit views for the first time: the`,
    'heap grows by the code that first runs and gets optimised (compiled code) and by the query cache, which keeps',
    "each visited view's data for 5 minutes so that going back is instant. Neither is a leak; the same changes again,",
    'on warm code and caches, show whether anything is kept that should not be.',
    '',
    'Chunks: ' +
      b.chunks
        .map((c) => `${c.file} ${kb(c.gzip)}${c.firstView ? ' (first view)' : c.office ? ' (office, on click)' : ''}`)
        .join(', '),
    '',
  )
  return lines.join('\n')
}
